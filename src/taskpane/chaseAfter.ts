/**
 * The chase list's N as the owner types it: whole days within the engine's own limits
 * (CHASE_AFTER_LIMIT), with a message that says what is accepted.
 */
import { CHASE_AFTER_LIMIT } from "../engine";
import { parseTypedNumber } from "./thresholdForm";

/** The days typed, or what is wrong with them. */
export function parseChaseAfterDays(
  text: string
): { readonly days: number } | { readonly problem: string } {
  const { low, high } = CHASE_AFTER_LIMIT;
  const typed = parseTypedNumber(text);
  if (typed === null || !Number.isInteger(typed) || typed < low || typed > high) {
    return {
      problem: `Type a whole number of days from ${low} to ${high.toLocaleString("en-US")}.`,
    };
  }
  return { days: typed };
}
