/**
 * Peak memory of one call, in a process started with --expose-gc.
 *
 * Method: collect garbage twice and take the baseline; then run the call with v8.GCProfiler
 * running. V8 reports the heap before every collection it makes during the call; the heap only
 * grows between collections, so the peak of used heap is the largest of those and of the heap
 * right after the call (garbage included: it is memory the call needed).
 * Peak RSS: on Linux the kernel's high-water mark is reset at the baseline (writing 5 to
 * /proc/self/clear_refs) and read after the call (VmHWM in /proc/self/status), which is exact.
 * Elsewhere getrusage's maxrss is used, which cannot be reset: when the call did not raise the
 * earlier high-water mark, the figure is only an upper bound, and marked so.
 */
import * as fs from "fs";
import * as v8 from "v8";

const PROC_STATUS = "/proc/self/status";
export const MIB = 1024 * 1024;

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with node --expose-gc");
  gc();
  gc();
}

function procStatusBytes(field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      fs.readFileSync(PROC_STATUS, "utf8")
    );
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/** Resets the kernel's peak-RSS mark to the current RSS (Linux 4.0+); false where that is not possible. */
function resetPeakRss(): boolean {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return procStatusBytes("VmHWM") !== null;
  } catch {
    return false;
  }
}

export type RssMethod = "linux-vmhwm-reset" | "getrusage-maxrss";

export interface PeakMemory {
  readonly baselineHeapBytes: number;
  readonly baselineRssBytes: number;
  readonly peakExtraHeapBytes: number;
  readonly retainedHeapBytes: number;
  readonly gcsDuringCall: number;
  readonly rssMethod: RssMethod;
  readonly peakRssBytes: number;
  /** Peak RSS − baseline RSS; exact with the Linux method or when the call raised maxrss, else an upper bound. */
  readonly peakExtraRssBytes: number;
  readonly rssPeakIsExact: boolean;
}

/** Runs call once and measures the memory it takes (see the top of this file). */
export async function measurePeakMemory<T>(
  call: () => T | Promise<T>
): Promise<{ result: T; memory: PeakMemory }> {
  collectGarbage();
  const baseline = process.memoryUsage();
  const linux = resetPeakRss();
  const baselineRssBytes = linux ? (procStatusBytes("VmRSS") ?? baseline.rss) : baseline.rss;
  const maxRssBeforeBytes = process.resourceUsage().maxRSS * 1024;

  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = await call();
  const usedAfter = v8.getHeapStatistics().used_heap_size;
  const profile = profiler.stop();
  const peakRssBytes = linux
    ? (procStatusBytes("VmHWM") ?? 0)
    : process.resourceUsage().maxRSS * 1024;

  let peakUsed = usedAfter;
  for (const gc of profile.statistics) {
    peakUsed = Math.max(peakUsed, gc.beforeGC.heapStatistics.usedHeapSize);
  }
  collectGarbage();
  const retainedHeapBytes = process.memoryUsage().heapUsed - baseline.heapUsed;
  return {
    result,
    memory: {
      baselineHeapBytes: baseline.heapUsed,
      baselineRssBytes,
      peakExtraHeapBytes: peakUsed - baseline.heapUsed,
      retainedHeapBytes,
      gcsDuringCall: profile.statistics.length,
      rssMethod: linux ? "linux-vmhwm-reset" : "getrusage-maxrss",
      peakRssBytes,
      peakExtraRssBytes: Math.max(0, peakRssBytes - baselineRssBytes),
      rssPeakIsExact: linux || peakRssBytes > maxRssBeforeBytes,
    },
  };
}

/** How the RSS peaks were measured, for the notes. */
export function rssMethodText(memories: readonly PeakMemory[]): string {
  const methods = new Set(memories.map((m) => m.rssMethod));
  return [...methods]
    .map((method) =>
      method === "linux-vmhwm-reset"
        ? "Linux: peak reset at the baseline through /proc/self/clear_refs, read from VmHWM: exact"
        : "getrusage maxrss, which cannot be reset"
    )
    .join("; ");
}
