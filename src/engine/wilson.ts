/**
 * How sure a rate is. One client from two leads is a 50% rate that could as well be 9% or 91%;
 * the Wilson score interval says so, and it stays inside [0, 1] even for 0 or n successes, where
 * the textbook normal interval does not.
 */

/** z for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

/** Below this many leads a rate is marked as a small sample wherever it is shown. */
export const SMALL_SAMPLE_LEADS = 20;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The 95% Wilson interval of successes ÷ trials, or null with no trials. */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95
): Interval | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const scale = 1 + z2 / trials;
  return {
    low: Math.max(0, (centre - spread) / scale),
    high: Math.min(1, (centre + spread) / scale),
  };
}

export function isSmallSample(leads: number): boolean {
  return leads < SMALL_SAMPLE_LEADS;
}
