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
 * The Excel number format of an amount on a generated sheet, by the same rule; the cell keeps
 * the exact number. Excel, like the pane, rounds halves away from zero.
 */
export function moneyNumberFormat(amount: number): string {
  return moneyDecimals(amount) === 0 ? "#,##0" : "#,##0.00";
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
