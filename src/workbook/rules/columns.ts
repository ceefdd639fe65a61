/**
 * Finding the leads' columns again by their headers: the owner may insert, delete or move a
 * column after the leads were found, and a column index kept from then would read or write the
 * wrong column. Both workbooks check the header row on every read and write and go by this rule.
 */

/** How a header is compared: trimmed, inner spaces folded, without regard to case. */
function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Where each expected header is now, or the first one that is gone. */
export type ColumnsNow =
  | { readonly ok: true; readonly columns: readonly number[] }
  | { readonly ok: false; readonly missing: string };

/**
 * The index in `current` of each header in `expected`, in order. A header still at its own index
 * stays there; otherwise it is the first unused header of the same text (so two columns of the
 * same name keep their order).
 */
export function columnsNow(expected: readonly string[], current: readonly string[]): ColumnsNow {
  const keys = current.map(headerKey);
  const used = new Set<number>();
  const columns: number[] = [];
  expected.forEach((header, index) => {
    if (keys[index] === headerKey(header) && !used.has(index)) {
      used.add(index);
      columns[index] = index;
    }
  });
  for (let index = 0; index < expected.length; index++) {
    if (columns[index] !== undefined) continue;
    const key = headerKey(expected[index]);
    const found = keys.findIndex((candidate, at) => candidate === key && !used.has(at));
    if (found < 0) return { ok: false, missing: expected[index] };
    used.add(found);
    columns[index] = found;
  }
  return { ok: true, columns };
}

/** True when every header is where it was. */
export function unmoved(columns: readonly number[]): boolean {
  return columns.every((column, index) => column === index);
}

/** The message for a header that is gone, in the owner's words. */
export function missingColumnMessage(header: string, where: string): string {
  return (
    `The column "${header}" is no longer in the ${where}: it was renamed or deleted since the ` +
    "leads were found. Choose the leads and their columns again."
  );
}
