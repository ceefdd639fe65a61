/** Numbers as the pane shows them. */
import { NO_RATE } from "../engine";

/** A rate as a percentage with one decimal ("40.0%"), or a dash when there is nothing to divide by. */
export function formatRate(numerator: number, denominator: number): string {
  if (denominator === 0) return NO_RATE;
  return `${((numerator / denominator) * 100).toFixed(1)}%`;
}

function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction === undefined ? "" : `.${fraction}`);
}

/** Money follows the engine's one rounding rule, so the pane and the sheets agree. */
export { formatMoney } from "../engine";

/** A fraction as a percentage with one decimal: 0.278 → "27.8%", -0.5 → "-50.0%". */
export function formatPercent(value: number): string {
  return `${grouped((value * 100).toFixed(1))}%`;
}

/** A ratio as a multiple, as the sheet shows return on spend: 1.5 → "1.50×". */
export function formatTimes(value: number): string {
  return `${grouped(value.toFixed(2))}×`;
}
