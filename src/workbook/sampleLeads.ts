/**
 * Sample leads for the preview: about sixty leads over the months before a given day, in a Leads
 * table (Date, Source, Outcome, Value, Notes, Closed: the day a won or lost lead was decided). Deterministic for a given day, so a screenshot or a
 * test sees the same workbook every time. The spellings are as messy as real ones ("Website",
 * "website ", "WEBSITE"; "Walk-in" and "Walk in"; a lead with no source) so the preview shows
 * how the tally groups them. Beside them, a small Spend table (Source, Spend, Period) for the last
 * three months, so the preview can show marketing as an investment.
 */
import { WriteValue, dayNumberFromCivil, periodLabel, serialFromDayNumber } from "../engine";
import { MemoryWorkbook } from "./memoryWorkbook";

export const SAMPLE_LEAD_COUNT = 60;

/**
 * How far back the sample leads go, in days: eight months, so that the Marketing vs Sales
 * diagnosis (by default three complete months against the three before) has enough to judge.
 */
export const SAMPLE_SPAN_DAYS = 240;

const SOURCES: readonly string[] = [
  "Website",
  "Website",
  "website ",
  "WEBSITE",
  "Referral",
  "Referral",
  "referral",
  "Walk-in",
  "Walk-in",
  "Walk in",
  "Phone enquiry",
  "Phone enquiry",
  "Google Ads",
  "Google Ads",
  "Facebook",
  "Direct mail",
  "",
];

const OUTCOMES: readonly string[] = [
  "Won",
  "Won",
  "won",
  "Client",
  "Lost",
  "Lost",
  "lost",
  "Closed lost",
  "Open",
  "Open",
  "",
  "",
];

const NOTES: readonly string[] = [
  "",
  "",
  "",
  "Asked about prices",
  "Called back on Tuesday",
  "Wants a quote by Friday",
  "Came in with a friend",
  "Saw the ad in the paper",
  "Repeat customer",
];

/** A small linear congruential generator: the same numbers on every machine, no dependency. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

export const SAMPLE_LEAD_HEADERS: readonly string[] = [
  "Date",
  "Source",
  "Outcome",
  "Value",
  "Notes",
  "Closed",
];

/**
 * Days from lead to decision: mostly a week or three, a few much longer, as real sales go. From a
 * generator of its own, so the other columns are what they were before closed dates existed.
 */
function daysToDecide(random: () => number): number {
  return Math.min(120, Math.floor(-Math.log(1 - random()) * 15));
}

/** The sample leads' rows, oldest first, ending on `now`'s day (the owner's calendar day). */
export function sampleLeadRows(now: Date): WriteValue[][] {
  const random = generator(20260301);
  const closedRandom = generator(20261225);
  const today = dayNumberFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const offsets = Array.from({ length: SAMPLE_LEAD_COUNT }, () =>
    Math.floor(random() * SAMPLE_SPAN_DAYS)
  ).sort((a, b) => b - a);
  return offsets.map((offset) => {
    const source = pick(SOURCES, random);
    // Recent leads are more often still open, as they are in real life.
    let outcome = offset < 14 && random() < 0.6 ? "Open" : pick(OUTCOMES, random);
    // A row with neither a source nor an outcome is not a lead (the engine's rule): keep 60.
    if (source === "" && outcome === "") outcome = "Open";
    const isWon = ["won", "client"].includes(outcome.toLowerCase());
    const isLost = ["lost", "closed lost"].includes(outcome.toLowerCase());
    const value: WriteValue = isWon ? 50 * (5 + Math.floor(random() * 60)) : null;
    const notes = pick(NOTES, random);
    // A decided lead was decided on a day between its lead day and today.
    const closed: WriteValue =
      isWon || isLost
        ? { serial: serialFromDayNumber(today - Math.max(0, offset - daysToDecide(closedRandom))) }
        : null;
    return [
      { serial: serialFromDayNumber(today - offset) },
      source === "" ? null : source,
      outcome === "" ? null : outcome,
      value,
      notes === "" ? null : notes,
      closed,
    ];
  });
}

export const SAMPLE_SPEND_HEADERS: readonly string[] = ["Source", "Spend", "Period"];

/**
 * What the paid sources cost in each of the three months before `now`'s, oldest first, with
 * Referral entered as 0 (a free channel); Website has no row, so its spend shows as not entered.
 */
export function sampleSpendRows(now: Date): WriteValue[][] {
  const thisMonth = now.getFullYear() * 12 + now.getMonth();
  const rows: WriteValue[][] = [];
  for (let back = 3; back >= 1; back--) {
    const period = periodLabel(thisMonth - back, "month");
    rows.push(["Google Ads", 300, period], ["Facebook", 120, period], ["Referral", 0, period]);
    if (back === 2) rows.push(["Direct mail", 450, period]);
  }
  return rows;
}

/** A workbook with a Leads table of sample leads on a Leads sheet and a Spend table on a Spend sheet. */
export function createSampleWorkbook(now: Date): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [
      {
        name: "Leads",
        tableName: "Leads",
        rows: [SAMPLE_LEAD_HEADERS, ...sampleLeadRows(now)],
      },
      {
        name: "Spend",
        tableName: "Spend",
        rows: [SAMPLE_SPEND_HEADERS, ...sampleSpendRows(now)],
      },
    ],
  });
}
