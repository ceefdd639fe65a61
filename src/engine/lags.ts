/**
 * Rule 9: how long clients took to convert. A lag is the closed day minus the lead day of a won
 * lead, in whole days; the distribution of all lags is the business's own history of timing,
 * which DAYS_TO_CONVERT summarises and PROJECTED_CONVERSION learns from.
 */

export interface LagDistribution {
  /** The number of lags (clients with a lag). */
  readonly count: number;
  /** The distinct lags, ascending. */
  readonly lags: readonly number[];
  /** cumulative[i] = the number of lags ≤ lags[i]. */
  readonly cumulative: readonly number[];
  /** The sum of all lags. */
  readonly total: number;
}

/** A distribution from a histogram (lag → number of clients with it). */
export function lagDistribution(histogram: ReadonlyMap<number, number>): LagDistribution {
  const lags = [...histogram.keys()].sort((a, b) => a - b);
  const cumulative: number[] = [];
  let count = 0;
  let total = 0;
  for (const lag of lags) {
    const clients = histogram.get(lag) as number;
    count += clients;
    total += lag * clients;
    cumulative.push(count);
  }
  return { count, lags, cumulative, total };
}

/** The number of lags ≤ age (0 for a negative age): F(age) × count, kept whole so sums stay exact. */
export function lagsWithin(distribution: LagDistribution, age: number): number {
  const { lags, cumulative } = distribution;
  // The last distinct lag ≤ age, by binary search.
  let low = 0;
  let high = lags.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lags[middle] <= age) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found < 0 ? 0 : cumulative[found];
}

/** The lag at a 0-based position of the sorted lags. */
function lagAt(distribution: LagDistribution, position: number): number {
  const { lags, cumulative } = distribution;
  let low = 0;
  let high = lags.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] > position) high = middle;
    else low = middle + 1;
  }
  return lags[low];
}

/** The median lag: of an even count, the mean of the two middle lags. Needs count > 0. */
export function medianLag(distribution: LagDistribution): number {
  const { count } = distribution;
  const lower = lagAt(distribution, Math.floor((count - 1) / 2));
  const upper = lagAt(distribution, Math.floor(count / 2));
  return (lower + upper) / 2;
}

/** The mean lag. Needs count > 0. */
export function meanLag(distribution: LagDistribution): number {
  return distribution.total / distribution.count;
}
