/**
 * Deterministic leads for the benchmarks: the same seed gives the same rows on every machine.
 *
 * Columns come out shaped as Excel hands a range to a custom function: an n×1 matrix (any[][]).
 * Every lead has a source, an outcome cell (possibly blank, which means open) and a date; a few
 * fully blank rows end the table, as they do in real sheets.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][]. */

/** mulberry32: a small, fast, well-spread 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The twelve sources, with how often each turns up (weights, not percentages). */
export const SOURCES: readonly { readonly name: string; readonly weight: number }[] = [
  { name: "Walk-in", weight: 14 },
  { name: "Phone enquiry", weight: 12 },
  { name: "Website", weight: 16 },
  { name: "Referral", weight: 11 },
  { name: "Advertising", weight: 6 },
  { name: "Direct mail", weight: 4 },
  { name: "Trade show", weight: 3 },
  { name: "Facebook", weight: 10 },
  { name: "Google Ads", weight: 12 },
  { name: "Newsletter", weight: 5 },
  { name: "Partner", weight: 4 },
  { name: "Radio", weight: 3 },
];

/** Three outcome families; a blank cell is an open lead. */
export const OUTCOME_FAMILIES: readonly {
  readonly family: "won" | "lost" | "open";
  readonly share: number;
  readonly labels: readonly string[];
}[] = [
  { family: "won", share: 0.22, labels: ["Won", "closed won", "Client", "SOLD"] },
  { family: "lost", share: 0.33, labels: ["Lost", "dead", "Closed Lost"] },
  { family: "open", share: 0.45, labels: ["", "Open", "Proposal sent"] },
];

const NBSP = "\u00a0";

/** The ways people mistype a label: case, stray spaces, a doubled inner space, a non-breaking space. */
export function messyVariants(label: string): string[] {
  const inner = label.includes(" ") ? label : null;
  const variants = [
    label.toUpperCase(),
    label.toLowerCase(),
    ` ${label}`,
    `${label} `,
    `  ${label}  `,
    `${label}${NBSP}`,
    inner === null ? ` ${label} ` : inner.replace(" ", "  "),
    inner === null ? `${NBSP}${label}` : inner.replace(" ", NBSP),
  ];
  return variants.filter((variant) => variant !== label);
}

/** Excel serial numbers (1900 system) of the first and last day leads are dated. */
export const FIRST_SERIAL = 44927; // 2023-01-01
export const LAST_SERIAL = 46022; // 2025-12-31

/** ISO yyyy-mm-dd text of an Excel serial from 1900-03-01 on (UTC arithmetic: serials have no zone). */
export function isoTextOfSerial(serial: number): string {
  const excelEpochMs = Date.UTC(1899, 11, 30);
  return new Date(excelEpochMs + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

export interface LeadOptions {
  readonly leads: number;
  readonly seed: number;
  /** Share of source cells spelt messily. */
  readonly messyShare: number;
  /** Share of outcome cells spelt messily (on top of the families' own spellings). */
  readonly messyOutcomeShare: number;
  /** Share of dates that carry a time of day. */
  readonly timeShare: number;
  /** Share of dates typed as yyyy-mm-dd text. */
  readonly isoTextShare: number;
  /** Fully blank rows after the last lead. */
  readonly blankRows: number;
}

export const DEFAULT_LEAD_OPTIONS: LeadOptions = {
  leads: 1_000_000,
  seed: 20260101,
  messyShare: 0.3,
  messyOutcomeShare: 0.05,
  timeShare: 0.08,
  isoTextShare: 0.01,
  blankRows: 25,
};

export interface GeneratedLeads {
  readonly options: LeadOptions;
  /** n×1 matrices, n = leads + blankRows. */
  readonly sources: any[][];
  readonly outcomes: any[][];
  readonly dates: any[][];
  /** The same dates as whole-day serials, as a Date column typed by hand holds them. */
  readonly wholeDates: any[][];
  /**
   * The day each decided lead was closed (whole serials, days to months after its lead day; a
   * few clients without one); blank for open leads.
   */
  readonly closed: any[][];
  readonly rows: number;
  /** Rows with a non-blank source or outcome (counted from the cells): what LEADS_BY_SOURCE must count. */
  readonly nonBlankLeads: number;
  readonly stats: {
    readonly messySources: number;
    readonly distinctSourceSpellings: number;
    readonly outcomeFamilies: Record<string, number>;
    readonly wholeSerials: number;
    readonly serialsWithTime: number;
    readonly isoTexts: number;
  };
}

function cumulative(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
}

function pick(cumulativeShares: readonly number[], random: number): number {
  for (let i = 0; i < cumulativeShares.length - 1; i++) {
    if (random < cumulativeShares[i]) return i;
  }
  return cumulativeShares.length - 1;
}

export function generateLeads(options: Partial<LeadOptions> = {}): GeneratedLeads {
  const opts: LeadOptions = { ...DEFAULT_LEAD_OPTIONS, ...options };
  const random = mulberry32(opts.seed);
  const sourceShares = cumulative(SOURCES.map((source) => source.weight));
  const sourceVariants = SOURCES.map((source) => messyVariants(source.name));
  const familyShares = cumulative(OUTCOME_FAMILIES.map((family) => family.share));
  const outcomeVariants = OUTCOME_FAMILIES.map((family) =>
    family.labels.map((label) => (label === "" ? [] : messyVariants(label)))
  );
  const isoTexts = new Map<number, string>();
  const days = LAST_SERIAL - FIRST_SERIAL + 1;

  const rows = opts.leads + opts.blankRows;
  const sources: any[][] = new Array(rows);
  const outcomes: any[][] = new Array(rows);
  const dates: any[][] = new Array(rows);
  const serials: number[] = new Array(opts.leads);
  const familyOfRow: ("won" | "lost" | "open")[] = new Array(opts.leads);
  const spellings = new Set<string>();
  const families: Record<string, number> = { won: 0, lost: 0, open: 0 };
  let messySources = 0;
  let wholeSerials = 0;
  let serialsWithTime = 0;
  let isoTextCount = 0;

  for (let row = 0; row < opts.leads; row++) {
    const s = pick(sourceShares, random());
    let source = SOURCES[s].name;
    if (random() < opts.messyShare) {
      const variants = sourceVariants[s];
      source = variants[Math.floor(random() * variants.length)];
      messySources++;
    }
    spellings.add(source);
    sources[row] = [source];

    const f = pick(familyShares, random());
    const family = OUTCOME_FAMILIES[f];
    const l = Math.floor(random() * family.labels.length);
    let outcome = family.labels[l];
    const variants = outcomeVariants[f][l];
    if (variants.length > 0 && random() < opts.messyOutcomeShare) {
      outcome = variants[Math.floor(random() * variants.length)];
    }
    families[family.family]++;
    familyOfRow[row] = family.family;
    outcomes[row] = [outcome];

    const serial = FIRST_SERIAL + Math.floor(random() * days);
    serials[row] = serial;
    const kind = random();
    if (kind < opts.isoTextShare) {
      let text = isoTexts.get(serial);
      if (text === undefined) {
        text = isoTextOfSerial(serial);
        isoTexts.set(serial, text);
      }
      dates[row] = [text];
      isoTextCount++;
    } else if (kind < opts.isoTextShare + opts.timeShare) {
      // A time to the minute, as a typed or imported timestamp would have.
      dates[row] = [serial + Math.floor(random() * 1440) / 1440];
      serialsWithTime++;
    } else {
      dates[row] = [serial];
      wholeSerials++;
    }
  }
  // Closed dates from a PRNG of their own, so the other columns stay what they always were.
  const closedRandom = mulberry32(opts.seed ^ 0x5eed);
  const wholeDates: any[][] = new Array(rows);
  const closed: any[][] = new Array(rows);
  for (let row = 0; row < opts.leads; row++) {
    wholeDates[row] = [serials[row]];
    const family = familyOfRow[row];
    // Lags roughly exponential with a mean of 20 days, up to a year; 5% of clients lack a date.
    const lag = Math.min(365, Math.floor(-Math.log(1 - closedRandom()) * 20));
    const missing = closedRandom() < 0.05;
    closed[row] = family === "open" || (family === "won" && missing) ? [""] : [serials[row] + lag];
  }
  for (let row = opts.leads; row < rows; row++) {
    sources[row] = [""];
    outcomes[row] = [""];
    dates[row] = [""];
    wholeDates[row] = [""];
    closed[row] = [""];
  }
  let nonBlankLeads = 0;
  for (let row = 0; row < rows; row++) {
    if (String(sources[row][0]).trim() !== "" || String(outcomes[row][0]).trim() !== "")
      nonBlankLeads++;
  }

  return {
    options: opts,
    sources,
    outcomes,
    dates,
    wholeDates,
    closed,
    rows,
    nonBlankLeads,
    stats: {
      messySources,
      distinctSourceSpellings: spellings.size,
      outcomeFamilies: families,
      wholeSerials,
      serialsWithTime,
      isoTexts: isoTextCount,
    },
  };
}
