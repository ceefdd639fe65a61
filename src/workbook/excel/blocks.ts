/**
 * Reading many rows without hitting Excel's limits: Excel on the web refuses a request or a
 * response above 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded), and no
 * platform reads more than 5,000,000 cells at once. Columns are read in row blocks whose size
 * follows the data: each block is sized from the bytes per row the previous one measured.
 */

/** Rows in the first block, before anything is known about the data. */
export const FIRST_BLOCK_ROWS = 20_000;
/**
 * What a response should weigh: under the 4 MB we allow ourselves, with room for rows 14% longer
 * than those measured; rows over 40% longer would pass the web's 5 MB and are caught by the
 * payload error and read in halves. Larger blocks mean fewer round trips: a full-sheet table of
 * 45 MB takes 14 instead of 24 at 2 MB (npm run bench).
 */
export const TARGET_RESPONSE_BYTES = 3_500_000;
export const MAX_CELLS_PER_READ = 5_000_000;
/**
 * A block grows at most this much over the last one, so a run of short or empty rows does not
 * launch a block sized for them into rows with long notes.
 */
export const MAX_GROWTH = 8;

const PAYLOAD_LIMIT_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

/** Adjacent columns, read together as one range. */
export interface ColumnRun {
  readonly first: number;
  readonly count: number;
}

/** The distinct columns, ascending, grouped into runs of adjacent ones. */
export function columnRuns(columns: readonly number[]): ColumnRun[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.first + last.count === column) last.count += 1;
    else runs.push({ first: column, count: 1 });
  }
  return runs;
}

function maxRowsForWidth(width: number): number {
  return Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, width)));
}

export function firstBlockRows(width: number): number {
  return Math.min(FIRST_BLOCK_ROWS, maxRowsForWidth(width));
}

/** The rows of the next block, from the rows and bytes of the last one. */
export function nextBlockRows(lastRows: number, lastBytes: number, width: number): number {
  const bytesPerRow = Math.max(1, lastBytes / Math.max(1, lastRows));
  const aimed = Math.floor(TARGET_RESPONSE_BYTES / bytesPerRow);
  return Math.max(1, Math.min(aimed, lastRows * MAX_GROWTH, maxRowsForWidth(width)));
}

/** The size in bytes of what Excel sent, as UTF-8 JSON like the response it came in. */
export function responseBytes(values: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}

/**
 * True for Excel on the web's payload errors. The code is checked first; the message too, as
 * some versions report these under another code with the name only in the text.
 */
export function isPayloadLimitError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && PAYLOAD_LIMIT_CODES.includes(code)) return true;
  return (
    typeof message === "string" &&
    (PAYLOAD_LIMIT_CODES.some((name) => message.includes(name)) ||
      /payload size (has )?exceeded the limit/i.test(message))
  );
}
