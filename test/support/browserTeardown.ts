/** globalTeardown of the browser tests' jest project: removes the bundle browserSetup.ts built. */
import { promises as fs } from "fs";
import { BUNDLE_DIR_VARIABLE } from "./browser";

export default async function browserTeardown(): Promise<void> {
  const dir = process.env[BUNDLE_DIR_VARIABLE];
  if (dir) await fs.rm(dir, { recursive: true, force: true });
  delete process.env[BUNDLE_DIR_VARIABLE];
}
