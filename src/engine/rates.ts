/**
 * The two rates an owner watches. The denominators differ on purpose: conversion rate counts
 * every lead (open ones too, so recent periods still maturing look lower), win rate only the
 * leads that were decided.
 */
import { Result, TallyError, errors, fail, ok } from "./errors";
import { OutcomeCounts } from "./tally";

/** Clients ÷ leads. */
export function conversionRate(
  counts: OutcomeCounts,
  noLeads: TallyError = errors.noLeads()
): Result<number> {
  return counts.leads === 0 ? fail(noLeads) : ok(counts.won / counts.leads);
}

/** Won ÷ (won + lost). */
export function winRate(counts: OutcomeCounts): Result<number> {
  const decided = counts.won + counts.lost;
  return decided === 0 ? fail(errors.noDecidedLeads()) : ok(counts.won / decided);
}

/** A rate as a table cell: the number, or the error in its place (Excel shows #DIV/0! in that cell). */
export function rateCell(rate: Result<number>): number | TallyError {
  return rate.ok ? rate.value : rate.error;
}
