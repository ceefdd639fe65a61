/**
 * Child processes of the bench suites. A suite runs its measurements in fresh `node --expose-gc`
 * processes of its own compiled file, so that one measurement's heap, JIT state and garbage never
 * reach another's. The child prints one line of JSON last; progress goes to stderr.
 */
import { spawn } from "child_process";
import { BenchContext } from "./suite";

/** Starts `node --expose-gc script --child kind --key value…` and parses its last stdout line. */
export function runChild<T>(
  script: string,
  kind: string,
  options: Readonly<Record<string, string>>,
  context: BenchContext
): Promise<T> {
  const args = [
    "--child",
    kind,
    ...Object.entries(options).flatMap(([key, value]) => [`--${key}`, value]),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`bench child ${script} ${args.join(" ")} exited with ${code}`));
        return;
      }
      const lines = stdout.trim().split("\n");
      try {
        resolve(JSON.parse(lines[lines.length - 1]) as T);
      } catch (error) {
        context.log(stdout);
        reject(error);
      }
    });
  });
}

/** The child's side: `--child kind` and the options, from process.argv. */
export function childArguments(): { kind: string | undefined; options: Record<string, string> } {
  const argv = process.argv.slice(2);
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) continue;
    options[argv[i].slice(2)] = argv[i + 1];
    i++;
  }
  const { child, ...rest } = options;
  return { kind: child, options: rest };
}

/** Runs the child's work and prints its result as the last line of stdout. */
export function runAsChild(work: (kind: string, options: Record<string, string>) => unknown): void {
  const { kind, options } = childArguments();
  if (kind === undefined) {
    process.stderr.write("this file is started by scripts/bench.js (npm run bench)\n");
    process.exit(2);
  }
  Promise.resolve()
    .then(() => work(kind, options))
    .then(
      (output) => process.stdout.write(`${JSON.stringify(output)}\n`),
      (error: unknown) => {
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
        );
        process.exit(1);
      }
    );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
