/**
 * globalSetup of the browser tests' jest project: builds the production bundle once, into a
 * temporary folder (never dist/, which a developer's dev server or watch may be using), and tells
 * the test workers where it is through an environment variable. A failed build is passed on the
 * same way, so every browser test fails with webpack's message.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { BUILD_ERROR_VARIABLE, BUNDLE_DIR_VARIABLE, buildBundle } from "./browser";

export default async function browserSetup(): Promise<void> {
  delete process.env[BUILD_ERROR_VARIABLE];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lead-tally-bundle-"));
  process.env[BUNDLE_DIR_VARIABLE] = dir;
  const started = Date.now();
  try {
    await buildBundle(dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nbrowser tests: production build in ${seconds} s`);
  } catch (error) {
    process.env[BUILD_ERROR_VARIABLE] = error instanceof Error ? error.message : String(error);
  }
}
