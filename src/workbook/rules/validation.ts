/**
 * The list a "Keep typing consistent" data-validation rule offers, as Excel takes it: one text of
 * comma-separated items (office-js-docs-pr docs/excel/excel-add-ins-data-validation.md, list
 * rules). Excel splits that text at commas and holds at most 255 characters of it, so a name with
 * a comma or a list too long is refused here, in words, rather than turned into a wrong list.
 * Both workbooks build the rule's source by this rule.
 */

/** The most characters of a list typed into a data-validation rule. */
export const MAX_LIST_SOURCE_LENGTH = 255;

export type ListSource =
  { readonly ok: true; readonly source: string } | { readonly ok: false; readonly message: string };

export function listSource(header: string, items: readonly string[]): ListSource {
  const withComma = items.find((item) => item.includes(","));
  if (withComma !== undefined) {
    return {
      ok: false,
      message: `"${withComma}" has a comma, which a typed list in Excel cannot hold: rename it first.`,
    };
  }
  const kept = items.filter((item) => item.trim() !== "");
  if (kept.length === 0) {
    return { ok: false, message: `There are no values to offer in the ${header} column yet.` };
  }
  const source = kept.join(",");
  if (source.length > MAX_LIST_SOURCE_LENGTH) {
    return {
      ok: false,
      message:
        `The ${header} values make a list of ${source.length} characters; Excel holds at most ` +
        `${MAX_LIST_SOURCE_LENGTH}. Merge or rename some first.`,
    };
  }
  return { ok: true, source };
}
