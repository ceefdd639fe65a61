/**
 * fast-check generators of worksheet cells, ranges and lead tables for the property tests, and a
 * deliberately plain reference model of the engine rules (written from the rules, not from src/)
 * that the properties compare the engine with.
 */
import fc from "fast-check";
import type { Cell } from "../../src/engine";

/* ------------------------------------------------------------------------------------------ */
/* Cells                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** Every character JavaScript's String.prototype.trim and /\s/ treat as whitespace. */
export const WHITESPACE_CHARS: readonly string[] = [
  " ",
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  "\u00a0", // no-break space
  "\u1680",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000", // ideographic space
  "\ufeff", // byte order mark
];

/** Invisible or space-like characters that are NOT whitespace: text made of them is not blank. */
export const NOT_WHITESPACE_INVISIBLES: readonly string[] = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\u180e",
  "\u0085",
  "\u00ad",
];

export const whitespaceRun: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WHITESPACE_CHARS), { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join(""));

export const blankCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  whitespaceRun
);

/** Numbers: NaN, ±Infinity, -0, huge, tiny, fractional, plus the serials where the date rules turn. */
export const numberCell: fc.Arbitrary<number> = fc.oneof(
  fc.double(), // covers NaN, ±Infinity, -0 and extreme magnitudes
  fc.integer({ min: -1000, max: 3_000_000 }),
  fc.double({ min: -10, max: 3_000_000, noNaN: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    1,
    59,
    59.99,
    60,
    60.5,
    61,
    1e21,
    1e-7,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    2958465,
    2958465.75,
    2958466
  )
);

const toFullWidth = (char: string): string => {
  const code = char.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : char;
};

const asciiLetter = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")
);
const combiningMark = fc
  .integer({ min: 0x300, max: 0x36f })
  .map((code) => String.fromCharCode(code));
const rtlPiece = fc.constantFrom(
  "שלום",
  "لقاء",
  "مرحبا",
  "\u200f",
  "\u200e",
  "\u202e",
  "\u202b",
  "\u202c",
  "עסקה",
  "١٢٣"
);

/** Long and unusual Unicode text: any code point, graphemes, combining marks, full width, zero width, RTL. */
export const unusualText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary-ascii", maxLength: 10 }),
  fc
    .array(fc.oneof(asciiLetter, combiningMark, fc.constantFrom(...WHITESPACE_CHARS)), {
      maxLength: 10,
    })
    .map((c) => c.join("")),
  fc
    .string({ unit: "grapheme-ascii", minLength: 1, maxLength: 10 })
    .map((text) => [...text].map(toFullWidth).join("")),
  fc
    .array(
      fc.oneof(
        asciiLetter,
        fc.constantFrom(...NOT_WHITESPACE_INVISIBLES),
        fc.constantFrom(...WHITESPACE_CHARS)
      ),
      {
        minLength: 1,
        maxLength: 8,
      }
    )
    .map((c) => c.join("")),
  fc
    .array(fc.oneof(rtlPiece, asciiLetter, fc.constant(" ")), { minLength: 1, maxLength: 5 })
    .map((c) => c.join("")),
  fc.constantFrom(
    "ß",
    "SS",
    "ǰ",
    "J\u030c",
    "İ",
    "ı",
    "ﬁ",
    "Å",
    "A\u030a",
    "Ω",
    "Ω",
    "K",
    "K",
    "①",
    "㎏",
    "ｶ",
    "ｶﾞ"
  ),
  fc.string({ unit: "binary", minLength: 100, maxLength: 300 })
);

export const REALISTIC_SOURCES: readonly string[] = [
  "Google Ads",
  "Facebook",
  "Referral",
  "Walk-in",
  "Website",
  "Trade show",
  "Cold call",
  "LinkedIn",
  "Word of mouth",
  "(No source)",
];

export const REALISTIC_OUTCOMES: readonly string[] = [
  "Won",
  "Closed won",
  "Client",
  "Customer",
  "Converted",
  "Sale",
  "Sold",
  "Lost",
  "Closed lost",
  "Dead",
  "Disqualified",
  "Rejected",
  "No sale",
  "Open",
  "Pending",
  "Follow up",
  "Quoted",
];

/**
 * How to respell a cell without changing its grouping key: ASCII letters change case or turn
 * full width (NFKC folds those back), whitespace runs become other whitespace runs, whitespace is
 * added around it, and a number or boolean may become its text.
 */
export interface Respelling {
  readonly picks: readonly number[];
  readonly runs: readonly string[];
  readonly lead: string;
  readonly trail: string;
  readonly toText: boolean;
}

export const respelling: fc.Arbitrary<Respelling> = fc.record({
  picks: fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }),
  runs: fc.array(whitespaceRun, { minLength: 1, maxLength: 4 }),
  lead: fc.oneof(fc.constant(""), whitespaceRun),
  trail: fc.oneof(fc.constant(""), whitespaceRun),
  toText: fc.boolean(),
});

const PRINTABLE_ASCII_AND_WHITESPACE = /^[\x20-\x7e\s]*$/;
const WHITESPACE_SPLIT = /(\s+)/;

/**
 * Applies a respelling. Case and width change only in text that is printable ASCII apart from
 * whitespace: elsewhere case mapping is not key-preserving by rule 4 (ß → SS, J + combining caron).
 */
export function respell(cell: Cell, how: Respelling): Cell {
  if (cell === null || cell === undefined) return how.toText ? how.lead + how.trail : cell;
  let text: string;
  if (typeof cell === "number") {
    if (!how.toText) return cell;
    // As Excel shows the number (rule 3), which is what an owner would type as its text.
    text = refLabel(cell);
  } else if (typeof cell === "boolean") {
    if (!how.toText) return cell;
    text = cell ? "TRUE" : "FALSE";
  } else if (typeof cell === "string") {
    text = cell;
  } else {
    return cell;
  }
  const changeCase = PRINTABLE_ASCII_AND_WHITESPACE.test(text);
  let charIndex = 0;
  let runIndex = 0;
  const pieces = text.split(WHITESPACE_SPLIT).map((piece) => {
    if (piece === "") return piece;
    if (/^\s+$/.test(piece)) return how.runs[runIndex++ % how.runs.length];
    if (!changeCase) return piece;
    return [...piece]
      .map((char) => {
        const pick = how.picks[charIndex++ % how.picks.length];
        if (pick === 1) return char.toUpperCase();
        if (pick === 2) return char.toLowerCase();
        if (pick === 3) return toFullWidth(char);
        return char;
      })
      .join("");
  });
  return how.lead + pieces.join("") + how.trail;
}

export const realisticSource: fc.Arbitrary<Cell> = fc
  .tuple(fc.constantFrom(...REALISTIC_SOURCES), respelling)
  .map(([source, how]) => respell(source, how));

export const realisticOutcome: fc.Arbitrary<Cell> = fc
  .tuple(fc.constantFrom(...REALISTIC_OUTCOMES), respelling)
  .map(([outcome, how]) => respell(outcome, how));

/** Any cell value Excel can hand over, weighted so that groups merge and blanks are common. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: blankCell, weight: 3 },
  { arbitrary: numberCell, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: unusualText, weight: 2 },
  { arbitrary: realisticSource, weight: 3 },
  { arbitrary: realisticOutcome, weight: 3 }
);

export const sourceCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: realisticSource, weight: 6 },
  { arbitrary: blankCell, weight: 2 },
  { arbitrary: anyCell, weight: 3 }
);

export const outcomeCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: realisticOutcome, weight: 6 },
  { arbitrary: blankCell, weight: 2 },
  { arbitrary: anyCell, weight: 2 }
);

/* ------------------------------------------------------------------------------------------ */
/* Dates                                                                                        */
/* ------------------------------------------------------------------------------------------ */

export const LAST_SERIAL = 2958465; // 9999-12-31, the last date Excel shows

export const serialCell: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: LAST_SERIAL + 3 }),
  fc.integer({ min: 36000, max: 47000 }), // 1998 to 2028: the dates real leads have
  fc.double({ min: -2, max: LAST_SERIAL + 3, noNaN: true }),
  fc.constantFrom(
    0,
    0.5,
    0.999,
    1,
    1.5,
    59,
    59.9,
    60,
    60.5,
    61,
    366,
    367,
    LAST_SERIAL,
    LAST_SERIAL + 0.99,
    LAST_SERIAL + 1
  ),
  numberCell
);

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** ISO-like text, valid and invalid: month 0 to 13, day 0 to 32, hours 0 to 25, odd widths and separators. */
export const isoText: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1895, max: 2205 }),
      fc.constantFrom(0, 1, 1900, 2000, 2100, 2024, 2025, 9999)
    ),
    yearWidth: fc.constantFrom(4, 4, 4, 4, 2, 5),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    padParts: fc.boolean(),
    dateSeparator: fc.constantFrom("-", "-", "-", "-", "/", "."),
    time: fc.option(
      fc.record({
        separator: fc.constantFrom("T", " ", "T", "t", "  "),
        hours: fc.integer({ min: 0, max: 25 }),
        minutes: fc.integer({ min: 0, max: 61 }),
        seconds: fc.option(fc.integer({ min: 0, max: 61 })),
        fraction: fc.option(fc.constantFrom(".5", ",250", ".123456", ".")),
        zone: fc.option(fc.constantFrom("Z", "+02:00", "-0530", "+01", "z", "+1")),
      })
    ),
    lead: fc.oneof(fc.constant(""), whitespaceRun, fc.constantFrom("x", "\u200b")),
    trail: fc.oneof(fc.constant(""), whitespaceRun, fc.constantFrom("x", "\u200b")),
  })
  .map((parts) => {
    const year =
      parts.yearWidth === 2 ? pad(parts.year % 100, 2) : pad(parts.year, parts.yearWidth);
    const width = parts.padParts ? 2 : 1;
    const date = [year, pad(parts.month, width), pad(parts.day, width)].join(parts.dateSeparator);
    let time = "";
    if (parts.time !== null) {
      const t = parts.time;
      time = `${t.separator}${pad(t.hours, 2)}:${pad(t.minutes, 2)}`;
      if (t.seconds !== null) time += `:${pad(t.seconds, 2)}${t.fraction ?? ""}`;
      if (t.zone !== null) time += t.zone;
    }
    return parts.lead + date + time + parts.trail;
  });

/** Mostly valid yyyy-mm-dd text for realistic years. */
export const plausibleIsoText: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

export const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.integer({ min: 36000, max: 47000 }), weight: 5 },
  { arbitrary: fc.double({ min: 36000, max: 47000, noNaN: true }), weight: 2 },
  { arbitrary: plausibleIsoText, weight: 4 },
  { arbitrary: isoText, weight: 1 },
  { arbitrary: serialCell, weight: 1 },
  { arbitrary: blankCell, weight: 2 },
  { arbitrary: anyCell, weight: 1 }
);

/* ------------------------------------------------------------------------------------------ */
/* Lead tables and ranges                                                                       */
/* ------------------------------------------------------------------------------------------ */

export interface Row {
  readonly id: Cell;
  readonly outcome: Cell;
}

export function rowsOf(
  id: fc.Arbitrary<Cell>,
  outcome: fc.Arbitrary<Cell>,
  maxLength = 40
): fc.Arbitrary<Row[]> {
  return fc.array(fc.record({ id, outcome }), { maxLength });
}

/** A won or lost list argument: left out, empty, only blanks, or labels (realistic or not). */
export const labelList: fc.Arbitrary<Cell[] | null> = fc.oneof(
  fc.constant(null),
  fc.constant<Cell[]>([]),
  fc.array(blankCell, { minLength: 1, maxLength: 3 }),
  fc.array(fc.oneof(realisticOutcome, blankCell, anyCell), { minLength: 1, maxLength: 4 })
);

export type Orientation = "column" | "row";
export const orientation: fc.Arbitrary<Orientation> = fc.constantFrom("column", "row");

/** A flat list of cells as a range of one column or one row, the way Excel passes it. */
export function asRange(cells: readonly Cell[], as: Orientation): Cell[][] {
  return as === "column" ? cells.map((cell) => [cell]) : [cells.slice()];
}

/** Arguments of any shape built from `value`: values, empty arrays, 2-D ranges, ragged arrays, nesting. */
export function shapedArgument(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: value, weight: 2 },
    {
      arbitrary: fc.constantFrom<unknown>(
        [],
        [[]],
        [[], []],
        [[1], []],
        [[], [1]],
        [null],
        [[null]],
        [[[]]]
      ),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
        .chain(([rows, columns]) =>
          fc.array(fc.array(value, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          })
        ),
      weight: 2,
    },
    { arbitrary: fc.array(fc.array(value, { maxLength: 4 }), { maxLength: 5 }), weight: 2 },
    {
      arbitrary: fc.array(fc.oneof(value, fc.array(value, { maxLength: 3 })), { maxLength: 5 }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.array(value, { minLength: 1, maxLength: 12 }), orientation)
        .map(([cells, as]) => asRange(cells, as)),
      weight: 3,
    }
  );
}

/** Values no worksheet holds: objects (some without a prototype), bigints, symbols, functions, sparse arrays. */
export const garbageValue: fc.Arbitrary<unknown> = fc.oneof(
  anyCell,
  fc.anything({
    maxDepth: 2,
    maxKeys: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom<unknown>(
    Symbol("cell"),
    () => 1,
    new Error("a cell"),
    { toString: () => "obj" },
    Object.create(null)
  )
);

/** Any argument a caller could pass, cells or garbage, in any shape. */
export const anyArgument: fc.Arbitrary<unknown> = shapedArgument(garbageValue);

/** Any argument of worksheet cells (what Excel can pass), in any shape. */
export const cellArgument: fc.Arbitrary<unknown> = shapedArgument(anyCell);

/* ------------------------------------------------------------------------------------------ */
/* Reference model of the rules                                                                 */
/* ------------------------------------------------------------------------------------------ */

const WHITESPACE_SET = new Set(WHITESPACE_CHARS);

/** Rule 2: null, undefined, "" or text that is only whitespace. */
export function refIsBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === "string" && [...cell].every((char) => WHITESPACE_SET.has(char));
}

/** Rule 3 for numbers: 15 significant digits, as Excel holds them, with a capital E. */
export function refNumberLabel(value: number): string {
  const rounded = parseFloat(value.toPrecision(15));
  if (Number.isFinite(rounded)) return String(rounded).toUpperCase();
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return String(value);
  // Rounding the largest doubles overflows: keep the 15 digits, without trailing zeros.
  const [mantissa, exponent] = value.toPrecision(15).split("e");
  return `${mantissa.replace(/\.?0+$/, "")}E${exponent}`;
}

/** Rule 3: the words of the text joined by single spaces; numbers to 15 significant digits; TRUE/FALSE. */
export function refLabel(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return refNumberLabel(cell);
  if (typeof cell !== "string") return String(cell);
  const words: string[] = [];
  let word = "";
  for (const char of cell) {
    if (WHITESPACE_SET.has(char)) {
      if (word !== "") words.push(word);
      word = "";
    } else {
      word += char;
    }
  }
  if (word !== "") words.push(word);
  return words.join(" ");
}

/** Rule 4. */
export function refKey(label: string): string {
  return label.normalize("NFKC").toLowerCase().normalize("NFKC");
}

export const REF_DEFAULT_WON = [
  "won",
  "closed won",
  "client",
  "customer",
  "converted",
  "sale",
  "sold",
  "closed - converted",
  "closed - won",
  "closedwon",
];
export const REF_DEFAULT_LOST = [
  "lost",
  "closed lost",
  "dead",
  "disqualified",
  "rejected",
  "no sale",
  "closed - not converted",
  "closed - lost",
  "closedlost",
  "unqualified",
];

export type RefClass = "won" | "lost" | "open";

/** Rule 5 (a label in both lists counts as won, as the engine documents). */
export function refClassifier(
  won: readonly Cell[] | null,
  lost: readonly Cell[] | null
): (cell: Cell) => RefClass {
  const keysOf = (list: readonly Cell[] | null, fallback: string[]): Set<string> => {
    const keys = new Set(
      (list ?? []).filter((cell) => !refIsBlank(cell)).map((cell) => refKey(refLabel(cell)))
    );
    return keys.size > 0 ? keys : new Set(fallback);
  };
  const wonKeys = keysOf(won, REF_DEFAULT_WON);
  const lostKeys = keysOf(lost, REF_DEFAULT_LOST);
  return (cell) => {
    if (refIsBlank(cell)) return "open";
    const key = refKey(refLabel(cell));
    return wonKeys.has(key) ? "won" : lostKeys.has(key) ? "lost" : "open";
  };
}

/** Rule 2: a row is a lead iff not (blank id and (no outcomes or blank outcome)). */
export function refIsLead(row: Row, hasOutcomes: boolean): boolean {
  return !(refIsBlank(row.id) && (!hasOutcomes || refIsBlank(row.outcome)));
}

export interface RefCounts {
  leads: number;
  won: number;
  lost: number;
  open: number;
}

export interface RefSourceGroup extends RefCounts {
  key: string;
  label: string;
}

export const REF_NO_SOURCE = "(no source)";
export const REF_NO_DATE = "(no date)";

function countInto(target: RefCounts, cls: RefClass): void {
  target.leads++;
  target[cls]++;
}

/** Leads by source per rules 1 to 5, unsorted; the blank group (and the text "(no source)") has key and label "(no source)". */
export function refTallyBySource(
  rows: readonly Row[],
  hasOutcomes: boolean,
  won: readonly Cell[] | null = null,
  lost: readonly Cell[] | null = null
): RefSourceGroup[] {
  const classify = refClassifier(won, lost);
  const byKey = new Map<string, { counts: RefCounts; spellings: Map<string, number> }>();
  const blank: RefCounts = { leads: 0, won: 0, lost: 0, open: 0 };
  for (const row of rows) {
    if (!refIsLead(row, hasOutcomes)) continue;
    const cls = hasOutcomes ? classify(row.outcome) : "open";
    if (refIsBlank(row.id)) {
      countInto(blank, cls);
      continue;
    }
    const label = refLabel(row.id);
    const key = refKey(label);
    // Rule 4: the text "(no source)" joins the blank group.
    if (key === REF_NO_SOURCE) {
      countInto(blank, cls);
      continue;
    }
    let group = byKey.get(key);
    if (group === undefined) {
      group = { counts: { leads: 0, won: 0, lost: 0, open: 0 }, spellings: new Map() };
      byKey.set(key, group);
    }
    countInto(group.counts, cls);
    group.spellings.set(label, (group.spellings.get(label) ?? 0) + 1);
  }
  const groups: RefSourceGroup[] = [];
  for (const [key, group] of byKey) {
    let label = "";
    let best = 0;
    for (const [spelling, count] of group.spellings) {
      if (count > best) {
        label = spelling;
        best = count;
      }
    }
    groups.push({ key, label, ...group.counts });
  }
  if (blank.leads > 0) groups.push({ key: REF_NO_SOURCE, label: REF_NO_SOURCE, ...blank });
  return groups;
}

/* Dates, via JavaScript's Date in UTC */

const MS_PER_DAY = 86_400_000;

function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, does not remap years 0-99
  return date;
}

export function refDayFromCivil(year: number, month: number, day: number): number {
  return Math.round(utcDay(year, month, day).getTime() / MS_PER_DAY);
}

export function refCivilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Rule 7 for numbers: 1 is 1900-01-01, 60 the phantom 1900-02-29 (counted as February 1900), up to 9999-12-31. */
export function refDayFromSerial(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL) return null;
  const jan1 = refDayFromCivil(1900, 1, 1);
  if (whole < 60) return jan1 + whole - 1;
  if (whole === 60) return refDayFromCivil(1900, 2, 28);
  return jan1 + whole - 2;
}

const REF_ISO =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$/;

/** Rule 7 for text: yyyy-mm-dd (a real day, year 0001 or later), optionally T or space and hh:mm[:ss[.f]][zone]. */
export function refDayFromIso(text: string): number | null {
  const match = REF_ISO.exec(trimWhitespace(text));
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return null;
  if (match[4] !== undefined) {
    if (
      Number(match[4]) > 23 ||
      Number(match[5]) > 59 ||
      (match[6] !== undefined && Number(match[6]) > 59)
    )
      return null;
  }
  const date = utcDay(year, month, day);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

function trimWhitespace(text: string): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && WHITESPACE_SET.has(chars[start])) start++;
  while (end > start && WHITESPACE_SET.has(chars[end - 1])) end--;
  return chars.slice(start, end).join("");
}

export function refDayFromCell(cell: Cell): number | null {
  if (typeof cell === "number") return refDayFromSerial(cell);
  if (typeof cell === "string") return refDayFromIso(cell);
  return null;
}

export type RefUnit = "month" | "quarter" | "year" | "week";

function mondayOf(dayNumber: number): number {
  const weekday = (new Date(dayNumber * MS_PER_DAY).getUTCDay() + 6) % 7; // Monday 0
  return dayNumber - weekday;
}

/** ISO 8601 week: week 1 is the week holding 4 January; the week belongs to the year of its Thursday. */
export function refIsoWeek(dayNumber: number): { year: number; week: number } {
  const monday = mondayOf(dayNumber);
  const year = refCivilFromDay(monday + 3).year;
  const firstMonday = mondayOf(refDayFromCivil(year, 1, 4));
  return { year, week: (monday - firstMonday) / 7 + 1 };
}

export function refPeriodLabel(dayNumber: number, unit: RefUnit): string {
  const { year, month } = refCivilFromDay(dayNumber);
  switch (unit) {
    case "month":
      return `${pad(year, 4)}-${pad(month, 2)}`;
    case "quarter":
      return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
    case "year":
      return pad(year, 4);
    case "week": {
      const iso = refIsoWeek(dayNumber);
      return `${pad(iso.year, 4)}-W${pad(iso.week, 2)}`;
    }
  }
}

/** The first day of the period holding dayNumber, and of the period `steps` later. */
export function refPeriodStart(dayNumber: number, unit: RefUnit, steps = 0): number {
  if (unit === "week") return mondayOf(dayNumber) + 7 * steps;
  const { year, month } = refCivilFromDay(dayNumber);
  const monthsPer = unit === "month" ? 1 : unit === "quarter" ? 3 : 12;
  const firstMonth = unit === "year" ? 1 : month - ((month - 1) % monthsPer);
  const date = utcDay(year, firstMonth, 1);
  date.setUTCMonth(date.getUTCMonth() + steps * monthsPer);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** How many periods from the one holding `first` to the one holding `last`, both included. */
export function refPeriodCount(first: number, last: number, unit: RefUnit): number {
  if (unit === "week") return (mondayOf(last) - mondayOf(first)) / 7 + 1;
  const a = refCivilFromDay(first);
  const b = refCivilFromDay(last);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (unit === "month") return months + 1;
  if (unit === "quarter")
    return (
      b.year * 4 + Math.floor((b.month - 1) / 3) - (a.year * 4 + Math.floor((a.month - 1) / 3)) + 1
    );
  return b.year - a.year + 1;
}

export interface RefPeriodGroup extends RefCounts {
  label: string;
}

export const REF_MAX_PERIODS = 5000;

/** Leads by period per rules 1, 2, 5 and 7, or "too many" when more than 5000 periods would be listed. */
export function refTallyByPeriod(
  rows: readonly Row[],
  hasOutcomes: boolean,
  unit: RefUnit,
  won: readonly Cell[] | null = null
): RefPeriodGroup[] | "too many" {
  const classify = refClassifier(won, null);
  const byLabel = new Map<string, RefCounts>();
  const noDate: RefCounts = { leads: 0, won: 0, lost: 0, open: 0 };
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (!refIsLead(row, hasOutcomes)) continue;
    const cls = hasOutcomes ? classify(row.outcome) : "open";
    const day = refDayFromCell(row.id);
    if (day === null) {
      countInto(noDate, cls);
      continue;
    }
    first = Math.min(first, day);
    last = Math.max(last, day);
    const label = refPeriodLabel(day, unit);
    const counts = byLabel.get(label) ?? { leads: 0, won: 0, lost: 0, open: 0 };
    countInto(counts, cls);
    byLabel.set(label, counts);
  }
  const groups: RefPeriodGroup[] = [];
  if (byLabel.size > 0) {
    const count = refPeriodCount(first, last, unit);
    if (count > REF_MAX_PERIODS) return "too many";
    for (let step = 0; step < count; step++) {
      const label = refPeriodLabel(refPeriodStart(first, unit, step), unit);
      groups.push({ label, ...(byLabel.get(label) ?? { leads: 0, won: 0, lost: 0, open: 0 }) });
    }
  }
  if (noDate.leads > 0) groups.push({ label: REF_NO_DATE, ...noDate });
  return groups;
}
