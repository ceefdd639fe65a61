/**
 * The one way money is rounded, in the pane and on the sheets: whole units from 100 up, two
 * decimals below. A cost per lead of 112.50 beside one of 28.50 would otherwise read as two
 * different precisions; one rule, applied to each amount by its size, keeps rows and totals alike.
 */

/** Half away from zero at the given decimals, as Excel's number formats round. */
function roundHalfAway(amount: number, decimals: number): number {
  const scale = 10 ** decimals;
  // The small nudge keeps 1.005 (stored as 1.00499…) rounding as it reads.
  return (Math.sign(amount) * Math.round(Math.abs(amount) * scale + 1e-9)) / scale;
}

/**
 * Decimals an amount is shown with: 0 from 100 up (either sign), else 2. Judged on the amount
 * to the cent, so 99.999 shows as "100", not "100.00".
 */
export function moneyDecimals(amount: number): 0 | 2 {
  return Math.abs(roundHalfAway(amount, 2)) >= 100 ? 0 : 2;
}

/**
 * What Office tells of the culture money is shown in: Excel's Application.cultureInfo, which
 * follows the system's regional settings (office-js-docs-reference: excel.cultureinfo,
 * excel.numberformatinfo). `name` ("en-GB") needs ExcelApi 1.11 and `currencySymbol` ("£")
 * ExcelApi 1.17; each is null where Office does not tell it.
 */
export interface MoneyCulture {
  readonly name: string | null;
  readonly currencySymbol: string | null;
}

/** Nothing told: money is shown as a plain number, never with a guessed symbol. */
export const UNKNOWN_MONEY_CULTURE: MoneyCulture = { name: null, currencySymbol: null };

/**
 * Where the culture writes a currency symbol: after the number with a space (de-DE "1,00 €"),
 * before it with a space (nl-NL "€ 1,00") or before it alone (en-GB "£1.00"). Office tells the
 * symbol but not its place, so the place comes from the culture's own currency pattern (any
 * currency shows it: only the place is read). An unknown or malformed name means before, alone.
 */
function symbolPlace(name: string | null): { after: boolean; space: boolean } {
  if (name === null) return { after: false, space: false };
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(name, { style: "currency", currency: "EUR" }).formatToParts(1);
  } catch {
    return { after: false, space: false };
  }
  const currency = parts.findIndex((part) => part.type === "currency");
  const integer = parts.findIndex((part) => part.type === "integer");
  const between = parts.slice(Math.min(currency, integer) + 1, Math.max(currency, integer));
  return {
    after: currency > integer,
    space: between.some((part) => part.type === "literal" && /\s/.test(part.value)),
  };
}

/**
 * The Excel number format of money in this culture: the digits of the one rounding rule with
 * the currency symbol Office told, quoted so that any symbol ("kr", "R$", "CHF") is shown as
 * written. Without a symbol, the plain digits. Range.numberFormat takes the invariant (en-US)
 * form, so "#,##0.00" shows with the owner's own separators (excel.range numberFormat and
 * numberFormatLocal in office-js-docs-reference).
 */
export function currencyNumberFormat(digits: string, culture: MoneyCulture): string {
  const symbol = culture.currencySymbol?.trim() ?? "";
  // A symbol with a double quote cannot be quoted; none is known, so the plain number is shown.
  if (symbol === "" || symbol.includes('"')) return digits;
  const { after, space } = symbolPlace(culture.name);
  const gap = space ? " " : "";
  return after ? `${digits}"${gap}${symbol}"` : `"${symbol}${gap}"${digits}`;
}

/**
 * The Excel number format of an amount on a generated sheet, by the same rule; the cell keeps
 * the exact number. Excel, like the pane, rounds halves away from zero.
 */
export function moneyNumberFormat(
  amount: number,
  culture: MoneyCulture = UNKNOWN_MONEY_CULTURE
): string {
  return currencyNumberFormat(moneyDecimals(amount) === 0 ? "#,##0" : "#,##0.00", culture);
}

function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction === undefined ? "" : `.${fraction}`);
}

/** "1,513", "112", "28.50", "0.00": the amount as the pane and the sheet show it. */
export function formatMoney(amount: number): string {
  const decimals = moneyDecimals(amount);
  const rounded = roundHalfAway(amount, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  return (rounded < 0 ? "-" : "") + grouped(text);
}
