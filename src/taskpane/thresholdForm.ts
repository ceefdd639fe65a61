/**
 * The balance target and diagnosis thresholds as the owner types them: percentages and points
 * where the engine keeps fractions. Each field is checked against the engine's own limits
 * (BALANCE_LIMITS), and says plainly what it accepts.
 */
import { BALANCE_LIMITS, BalanceThresholds } from "../engine";

export type ThresholdField = keyof BalanceThresholds;

export type ThresholdTexts = { readonly [F in ThresholdField]: string };

export type ThresholdProblems = { readonly [F in ThresholdField]?: string };

interface FieldForm {
  readonly label: string;
  /** Typed value = stored value × scale. */
  readonly scale: number;
  /** What the range is counted in, for the error message. */
  readonly what: string;
}

export const THRESHOLD_FORM: { readonly [F in ThresholdField]: FieldForm } = {
  targetConversionRate: { label: "Target conversion rate (%)", scale: 100, what: "a percentage" },
  windowPeriods: { label: "Periods in each window", scale: 1, what: "a whole number" },
  leadChange: { label: "Lead change that counts (%)", scale: 100, what: "a percentage" },
  conversionChange: {
    label: "Conversion change that counts (points)",
    scale: 100,
    what: "a number of points",
  },
  minimumLeads: { label: "Fewest leads to judge by", scale: 1, what: "a whole number" },
  thinPeriodLeads: { label: "Fewest leads for a full period", scale: 1, what: "a whole number" },
  projectionCompletion: {
    label: "Completion to judge a recent period (%)",
    scale: 100,
    what: "a percentage",
  },
};

export const THRESHOLD_FIELDS = Object.keys(THRESHOLD_FORM) as ThresholdField[];

/** Rounds away the binary noise of scaling (0.07 × 100 = 7.000000000000001). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
}

export function thresholdTexts(thresholds: BalanceThresholds): ThresholdTexts {
  const texts = {} as Record<ThresholdField, string>;
  for (const field of THRESHOLD_FIELDS) {
    texts[field] = String(tidy(thresholds[field] * THRESHOLD_FORM[field].scale));
  }
  return texts;
}

/** "25", "25%", "12.5", "12,5", "1,000" → a number; anything else → null. */
export function parseTypedNumber(text: string): number | null {
  let typed = text.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(typed)) typed = typed.replace(/,/g, "");
  else typed = typed.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : null;
}

export type ParsedThresholds =
  | { readonly ok: true; readonly thresholds: BalanceThresholds }
  | { readonly ok: false; readonly problems: ThresholdProblems };

export function parseThresholds(texts: ThresholdTexts): ParsedThresholds {
  const problems: Record<string, string> = {};
  const values = {} as Record<ThresholdField, number>;
  for (const field of THRESHOLD_FIELDS) {
    const { scale, what } = THRESHOLD_FORM[field];
    const { low, high, whole } = BALANCE_LIMITS[field];
    const range = `Type ${what} from ${grouped(tidy(low * scale))} to ${grouped(tidy(high * scale))}.`;
    const typed = parseTypedNumber(texts[field]);
    if (typed === null) {
      const shown = texts[field].trim().slice(0, 20);
      problems[field] = shown === "" ? range : `"${shown}" is not a number. ${range}`;
      continue;
    }
    const value = tidy(typed / scale);
    if (value < low || value > high || (whole && !Number.isInteger(value))) {
      problems[field] = range;
      continue;
    }
    values[field] = value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, thresholds: values };
}
