/**
 * Property tests of the engine over arbitrary cell values. fast-check picks a new seed on every
 * run (it prints the seed and the shrunk counterexample when a property fails; pass it back with
 * fc.assert(..., { seed, path }) to replay).
 */
import fc from "fast-check";
import {
  Cell,
  NO_DATE_LABEL,
  NO_SOURCE_LABEL,
  PeriodGroup,
  PeriodUnit,
  Result,
  SourceGroup,
  Table,
  TallyError,
  civilFromDayNumber,
  classifyOutcome,
  conversionRateFormula,
  investmentBySource,
  dayNumberFromCell,
  dayNumberFromCivil,
  daysInMonth,
  isBlank,
  isTallyError,
  isTextLeftOut,
  leadsByOutcomeFormula,
  leadsByPeriodFormula,
  leadsBySourceFormula,
  outcomeRules,
  periodIndexOfDay,
  periodLabel,
  tallyByPeriod,
  tallyBySource,
  winRateFormula,
  daysToConvertFormula,
  openLeadsByAgeFormula,
  projectedConversionFormula,
} from "../../../src/engine";
import {
  RefCounts,
  RefPeriodGroup,
  RefSourceGroup,
  Respelling,
  Row,
  anyCell,
  asRange,
  blankCell,
  cellArgument,
  dateCell,
  isoText,
  labelList,
  orientation,
  outcomeCell,
  refCivilFromDay,
  refClassifier,
  refDayFromCell,
  refDayFromCivil,
  refIsLead,
  refPeriodLabel,
  refPeriodStart,
  refTallyByPeriod,
  refKey,
  refLabel,
  refTallyBySource,
  respell,
  respelling,
  rowsOf,
  serialCell,
  REF_NO_SOURCE,
  sourceCell,
} from "../../support/arbitraries";

const UNITS: readonly PeriodUnit[] = ["month", "quarter", "year", "week"];
const unit = fc.constantFrom(...UNITS);

/** Rows of (source, outcome), whether an outcomes column exists, and optional won/lost lists. */
const sourceTable = fc.record({
  rows: rowsOf(sourceCell, outcomeCell),
  hasOutcomes: fc.boolean(),
  won: labelList,
  lost: labelList,
});

const periodTable = fc.record({
  rows: rowsOf(dateCell, outcomeCell),
  hasOutcomes: fc.boolean(),
  won: labelList,
  unit,
});

function ids(rows: readonly Row[]): Cell[] {
  return rows.map((row) => row.id);
}

function outcomesOf(rows: readonly Row[], hasOutcomes: boolean): Cell[] | null {
  return hasOutcomes ? rows.map((row) => row.outcome) : null;
}

function leadCount(rows: readonly Row[], hasOutcomes: boolean): number {
  return rows.filter((row) => refIsLead(row, hasOutcomes)).length;
}

/** Compares by UTF-16 code unit, written out rather than relying on the < the engine uses. */
function compareCodeUnits(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

function countsOf(group: RefCounts): [number, number, number, number] {
  return [group.leads, group.won, group.lost, group.open];
}

/** The per-key counts as a sorted list, so that groups compare as multisets. */
function keyedCounts(
  groups: readonly { key: string; leads: number; won: number; lost: number; open: number }[]
): string[] {
  return groups.map((group) => JSON.stringify([group.key, ...countsOf(group)])).sort();
}

/** A plain assertion for checks run thousands of times per case, where expect() would be slow. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function expectCountsConsistent(group: RefCounts & { label?: string }): void {
  const counts = [group.leads, group.won, group.lost, group.open];
  check(
    group.won + group.lost + group.open === group.leads &&
      group.won <= group.leads &&
      counts.every((count) => Number.isInteger(count) && count >= 0),
    () => `inconsistent counts: ${JSON.stringify(group)}`
  );
}

function expectSourceOrder(groups: readonly SourceGroup[]): void {
  for (let i = 0; i + 1 < groups.length; i++) {
    const [a, b] = [groups[i], groups[i + 1]];
    const inOrder =
      a.leads > b.leads || (a.leads === b.leads && compareCodeUnits(a.key, b.key) <= 0);
    if (!inOrder)
      throw new Error(`groups ${i} and ${i + 1} out of order: ${JSON.stringify([a, b])}`);
  }
}

function expectRate(rate: unknown): void {
  if (isTallyError(rate)) {
    check(
      rate.code === "divisionByZero" && rate.message.length > 0,
      () => `rate error ${JSON.stringify(rate)}`
    );
  } else {
    check(
      typeof rate === "number" && rate >= 0 && rate <= 1,
      () => `rate ${String(rate)} is not in [0, 1]`
    );
  }
}

describe("tallyBySource properties", () => {
  it("never throws, counts every lead row once, and keeps each group's counts consistent, unique and sorted", () => {
    fc.assert(
      fc.property(sourceTable, ({ rows, hasOutcomes, won, lost }) => {
        const groups = tallyBySource(
          ids(rows),
          outcomesOf(rows, hasOutcomes),
          outcomeRules(won, lost)
        );

        expect(groups.reduce((sum, group) => sum + group.leads, 0)).toBe(
          leadCount(rows, hasOutcomes)
        );
        for (const group of groups) {
          expectCountsConsistent(group);
          expect(group.leads).toBeGreaterThan(0);
          expect(typeof group.label).toBe("string");
          expect(group.label.length).toBeGreaterThan(0);
          if (!hasOutcomes) expect(group.open).toBe(group.leads);
        }
        // Keys are unique: a source typed as "(no source)" joins the blank group (rule 4).
        const seen = new Map<string, number>();
        for (const group of groups) seen.set(group.key, (seen.get(group.key) ?? 0) + 1);
        for (const [key, count] of seen) {
          expect(count).toBeLessThanOrEqual(key === NO_SOURCE_LABEL ? 2 : 1);
          expect(count).toBe(1);
        }
        expectSourceOrder(groups);
      }),
      { numRuns: 400 }
    );
  });

  it("agrees with a reference model of rules 1 to 5: counts per key, outcome classes and display spelling", () => {
    fc.assert(
      fc.property(sourceTable, ({ rows, hasOutcomes, won, lost }) => {
        const groups = tallyBySource(
          ids(rows),
          outcomesOf(rows, hasOutcomes),
          outcomeRules(won, lost)
        );
        const expected: RefSourceGroup[] = refTallyBySource(rows, hasOutcomes, won, lost);
        const canonical = (
          list: readonly {
            key: string;
            label: string;
            leads: number;
            won: number;
            lost: number;
            open: number;
          }[]
        ) => list.map((g) => JSON.stringify([g.key, g.label, ...countsOf(g)])).sort();
        expect(canonical(groups)).toEqual(canonical(expected));
      }),
      { numRuns: 400 }
    );
  });

  it("groups the same way whatever the case, width and whitespace of each source's spelling", () => {
    const respelled = sourceTable.chain((table) =>
      fc.record({
        table: fc.constant(table),
        how: fc.array(respelling, { minLength: table.rows.length, maxLength: table.rows.length }),
      })
    );
    fc.assert(
      fc.property(respelled, ({ table, how }) => {
        const { rows, hasOutcomes, won, lost } = table;
        const rules = outcomeRules(won, lost);
        const variant = rows.map((row, i): Row => ({
          id: respell(row.id, how[i] as Respelling),
          outcome: row.outcome,
        }));
        const before = tallyBySource(ids(rows), outcomesOf(rows, hasOutcomes), rules);
        const after = tallyBySource(ids(variant), outcomesOf(variant, hasOutcomes), rules);
        expect(keyedCounts(after)).toEqual(keyedCounts(before));
      }),
      { numRuns: 300 }
    );
  });

  /*
   * NFKC then toLowerCase alone is not closed under case: NFKC composes "j" + U+030C (combining
   * caron) into "ǰ" (U+01F0), but there is no capital J with caron, so "J" + U+030C stays
   * decomposed and lower-cases to "j" + U+030C. toKey normalises again after lower-casing; this
   * property found the bug. Greek capital lunate sigma U+03F9 is left out of the alphabet (its
   * NFKC form lower-cases to σ while the small lunate sigma's is ς), and so is Σ, which
   * toLowerCase maps to ς at the end of a word.
   */
  it("groups the same way when letters before combining marks change case", () => {
    // Any letter and any mark, with the letters and marks that compose weighted up so that a run
    // meets them reliably.
    const letter = fc.oneof(
      fc.constantFrom(
        ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""),
        "İ",
        "ı",
        "Ω",
        "Å",
        "ǰ",
        "ǅ"
      ),
      fc.constantFrom(..."HJTWYhjtwyİ".split(""))
    );
    const mark = fc.oneof(
      fc.integer({ min: 0x300, max: 0x36f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("\u030c", "\u0331", "\u0308", "\u030a", "\u0316")
    );
    const text = fc
      .array(fc.oneof(letter, mark), { minLength: 1, maxLength: 5 })
      .map((chars) => chars.join(""));
    const caseChange = (value: string, picks: readonly boolean[]): string =>
      [...value]
        .map((char, i) => {
          const other = picks[i % picks.length] ? char.toUpperCase() : char.toLowerCase();
          return other.toLowerCase() === char.toLowerCase() ? other : char;
        })
        .join("");
    // A few texts, each on several rows, so that there are groups to split.
    const table = fc
      .record({
        pool: fc.array(text, { minLength: 1, maxLength: 4 }),
        picks: fc.array(
          fc.tuple(fc.nat(), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 })),
          { minLength: 1, maxLength: 30 }
        ),
      })
      .map(({ pool, picks }) => ({
        sources: picks.map(([index]) => pool[index % pool.length]),
        picks: picks.map(([, casePicks]) => casePicks),
      }));
    fc.assert(
      fc.property(table, ({ sources, picks }) => {
        const rules = outcomeRules();
        const before = tallyBySource(sources, null, rules);
        const after = tallyBySource(
          sources.map((source, i) => caseChange(source, picks[i])),
          null,
          rules
        );
        const leadsPerGroup = (groups: readonly SourceGroup[]) =>
          groups.map((g) => g.leads).sort((a, b) => a - b);
        expect(leadsPerGroup(after)).toEqual(leadsPerGroup(before));
      }),
      { numRuns: 500 }
    );
  });

  it("does not depend on row order, except for which spelling shows when spellings tie", () => {
    const shuffled = sourceTable.chain((table) =>
      fc.record({
        table: fc.constant(table),
        order: fc.shuffledSubarray(table.rows, {
          minLength: table.rows.length,
          maxLength: table.rows.length,
        }),
      })
    );
    fc.assert(
      fc.property(shuffled, ({ table, order }) => {
        const { rows, hasOutcomes, won, lost } = table;
        const rules = outcomeRules(won, lost);
        const before = tallyBySource(ids(rows), outcomesOf(rows, hasOutcomes), rules);
        const after = tallyBySource(ids(order), outcomesOf(order, hasOutcomes), rules);
        const sequence = (groups: readonly SourceGroup[]) =>
          groups.map((g) => [g.key, ...countsOf(g)]);
        expect(sequence(after)).toEqual(sequence(before));
      }),
      { numRuns: 300 }
    );
  });
});

function isoOfDay(day: number): string {
  const { year, month, day: dayOfMonth } = refCivilFromDay(day);
  return [
    String(year).padStart(4, "0"),
    String(month).padStart(2, "0"),
    String(dayOfMonth).padStart(2, "0"),
  ].join("-");
}

describe("tallyByPeriod properties", () => {
  function periodResult(table: {
    rows: Row[];
    hasOutcomes: boolean;
    won: Cell[] | null;
    unit: PeriodUnit;
  }): Result<PeriodGroup[]> {
    return tallyByPeriod(
      ids(table.rows),
      outcomesOf(table.rows, table.hasOutcomes),
      table.unit,
      outcomeRules(table.won)
    );
  }

  it("never throws, counts every lead row once, lists consecutive periods in increasing label order, (no date) last", () => {
    fc.assert(
      fc.property(periodTable, (table) => {
        const result = periodResult(table);
        if (!result.ok) {
          // Only too long a span of periods is refused.
          expect(result.error.code).toBe("invalidValue");
          expect(result.error.message).toMatch(/at most 5000 periods/);
          return;
        }
        const groups = result.value;
        expect(groups.reduce((sum, group) => sum + group.leads, 0)).toBe(
          leadCount(table.rows, table.hasOutcomes)
        );
        groups.forEach(expectCountsConsistent);

        const noDate = groups.filter((group) => group.label === NO_DATE_LABEL);
        expect(noDate.length).toBeLessThanOrEqual(1);
        if (noDate.length === 1) {
          expect(groups[groups.length - 1].label).toBe(NO_DATE_LABEL);
          expect(noDate[0].leads).toBeGreaterThan(0);
        }
        const periods = groups.filter((group) => group.label !== NO_DATE_LABEL);
        for (let i = 0; i + 1 < periods.length; i++) {
          check(
            compareCodeUnits(periods[i].label, periods[i + 1].label) < 0,
            () => `labels ${i} and ${i + 1} not increasing`
          );
        }
        if (periods.length > 0) {
          // First and last periods hold leads; everything between is one period after another.
          expect(periods[0].leads).toBeGreaterThan(0);
          expect(periods[periods.length - 1].leads).toBeGreaterThan(0);
          const days = table.rows
            .map((row) => dayNumberFromCell(row.id))
            .filter((day): day is number => day !== null);
          const indexes = days.map((day) => periodIndexOfDay(day, table.unit));
          const first = Math.min(...indexes);
          expect(periods.length).toBe(Math.max(...indexes) - first + 1);
          periods.forEach((group, i) => {
            const expected = periodLabel(first + i, table.unit);
            check(
              group.label === expected,
              () => `period ${i} is ${group.label}, expected ${expected}`
            );
          });
        }
      }),
      { numRuns: 300 }
    );
  });

  it("agrees with a reference model of rules 2, 5 and 7 built on Date (labels, counts, empty periods, refusal)", () => {
    fc.assert(
      fc.property(periodTable, (table) => {
        const result = periodResult(table);
        const expected: RefPeriodGroup[] | "too many" = refTallyByPeriod(
          table.rows,
          table.hasOutcomes,
          table.unit,
          table.won
        );
        if (expected === "too many") {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
        expect(result.value.map((g) => [g.label, ...countsOf(g)])).toEqual(
          expected.map((g) => [g.label, ...countsOf(g)])
        );
      }),
      { numRuns: 300 }
    );
  });

  it("lists a span of up to 5000 periods and refuses a longer one", () => {
    const span = fc.record({
      unit,
      first: fc.integer({ min: refDayFromCivil(1, 1, 1), max: refDayFromCivil(4000, 12, 31) }),
      periods: fc.integer({ min: 4995, max: 5005 }),
      offset: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(span, ({ unit: u, first, periods, offset }) => {
        const lastPeriod = refPeriodStart(first, u, periods - 1);
        const last = Math.min(lastPeriod + offset, refPeriodStart(first, u, periods) - 1);
        fc.pre(last <= refDayFromCivil(9999, 12, 31));
        const dates = [isoOfDay(first), isoOfDay(last)];
        const result = tallyByPeriod(dates, null, u, outcomeRules());
        if (periods > 5000) {
          expect(result).toMatchObject({ ok: false, error: { code: "invalidValue" } });
        } else {
          if (!result.ok) throw new Error(result.error.message);
          expect(result.value.length).toBe(periods);
          expect(result.value[0].label).toBe(refPeriodLabel(first, u));
          expect(result.value[periods - 1].label).toBe(refPeriodLabel(last, u));
        }
      }),
      { numRuns: 200 }
    );
  });

  it("does not depend on row order", () => {
    const shuffled = periodTable.chain((table) =>
      fc.record({
        table: fc.constant(table),
        order: fc.shuffledSubarray(table.rows, {
          minLength: table.rows.length,
          maxLength: table.rows.length,
        }),
      })
    );
    fc.assert(
      fc.property(shuffled, ({ table, order }) => {
        expect(periodResult({ ...table, rows: order })).toEqual(periodResult(table));
      }),
      { numRuns: 200 }
    );
  });
});

describe("date properties", () => {
  it("dayNumberFromCell agrees with a Date-based reference on serial numbers", () => {
    fc.assert(
      fc.property(serialCell, (serial) => {
        expect(dayNumberFromCell(serial)).toBe(refDayFromCell(serial));
      }),
      { numRuns: 2000 }
    );
  });

  it("dayNumberFromCell agrees with a Date-based reference on ISO text, valid or not", () => {
    fc.assert(
      fc.property(isoText, (text) => {
        expect(dayNumberFromCell(text)).toBe(refDayFromCell(text));
      }),
      { numRuns: 2000 }
    );
  });

  it("gives no date for booleans, blanks and arbitrary text that is not ISO", () => {
    fc.assert(
      fc.property(fc.oneof(blankCell, fc.boolean(), anyCell), (cell) => {
        expect(dayNumberFromCell(cell)).toBe(refDayFromCell(cell));
      }),
      { numRuns: 1000 }
    );
  });

  const day1900to2200 = fc.integer({
    min: refDayFromCivil(1900, 1, 1),
    max: refDayFromCivil(2200, 12, 31),
  });

  it("periodLabel of a day's period agrees with a Date-based ISO week, month, quarter and year (1900 to 2200)", () => {
    fc.assert(
      fc.property(day1900to2200, (day) => {
        for (const u of UNITS)
          expect(periodLabel(periodIndexOfDay(day, u), u)).toBe(refPeriodLabel(day, u));
      }),
      { numRuns: 2000 }
    );
  });

  it("periodLabel agrees with the reference for any day Excel or ISO text can give (0001 to 9999)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: refDayFromCivil(1, 1, 1), max: refDayFromCivil(9999, 12, 31) }),
        unit,
        (day, u) => {
          expect(periodLabel(periodIndexOfDay(day, u), u)).toBe(refPeriodLabel(day, u));
        }
      ),
      { numRuns: 1000 }
    );
  });

  const civil = fc
    .record({
      year: fc.integer({ min: -100_000, max: 100_000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

  it("civilFromDayNumber(dayNumberFromCivil(y, m, d)) round-trips and matches Date's day count", () => {
    fc.assert(
      fc.property(civil, ({ year, month, day }) => {
        const dayNumber = dayNumberFromCivil(year, month, day);
        expect(civilFromDayNumber(dayNumber)).toEqual({ year, month, day });
        // Date covers ±275,760 years around 1970.
        expect(dayNumber).toBe(refDayFromCivil(year, month, day));
      }),
      { numRuns: 2000 }
    );
  });

  it("dayNumberFromCivil(civilFromDayNumber(n)) round-trips and consecutive days follow each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000_000, max: 40_000_000 }), (n) => {
        const date = civilFromDayNumber(n);
        expect(dayNumberFromCivil(date.year, date.month, date.day)).toBe(n);
        expect(date.day).toBeLessThanOrEqual(daysInMonth(date.year, date.month));
        const next = civilFromDayNumber(n + 1);
        const expectedNext =
          date.day < daysInMonth(date.year, date.month)
            ? { ...date, day: date.day + 1 }
            : date.month < 12
              ? { year: date.year, month: date.month + 1, day: 1 }
              : { year: date.year + 1, month: 1, day: 1 };
        expect(next).toEqual(expectedNext);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("outcome rules properties", () => {
  it("a won or lost list that is missing, empty or only blanks keeps the default; otherwise it replaces it", () => {
    fc.assert(
      fc.property(
        labelList,
        labelList,
        fc.array(fc.oneof(outcomeCell, anyCell), { maxLength: 10 }),
        (won, lost, cells) => {
          const rules = outcomeRules(won, lost);
          const reference = refClassifier(won, lost);
          for (const cell of cells) expect(classifyOutcome(cell, rules)).toBe(reference(cell));
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("formula properties", () => {
  function expectResultShape(result: Result<unknown>): void {
    if (!result.ok) {
      expect(["invalidValue", "notAvailable", "divisionByZero"]).toContain(result.error.code);
      expect(result.error.message.trim().length).toBeGreaterThan(0);
    }
  }

  function expectTable(result: Result<Table>, header: readonly string[][]): void {
    expectResultShape(result);
    if (!result.ok) return;
    const table = result.value;
    expect(header).toContainEqual(table[0]);
    const width = table[0].length;
    const counts = width === 7 ? 4 : width === 4 ? 2 : 1;
    for (const row of table.slice(1)) {
      check(row.length === width, () => `ragged row ${JSON.stringify(row)}`);
      check(
        typeof row[0] === "string" && row[0].length > 0,
        () => `bad label in ${JSON.stringify(row)}`
      );
      for (const cell of row.slice(1, 1 + counts))
        check(Number.isInteger(cell), () => `bad count in ${JSON.stringify(row)}`);
      row.slice(1 + counts).forEach(expectRate);
    }
  }

  const SOURCE_HEADERS = [
    ["Source", "Leads"],
    ["Source", "Leads", "Clients", "Conversion rate"],
  ];
  const PERIOD_HEADERS = [
    ["Period", "Leads"],
    ["Period", "Leads", "Clients", "Conversion rate"],
  ];
  const OUTCOME_HEADERS = [
    ["Source", "Leads", "Won", "Lost", "Open", "Conversion rate", "Win rate"],
  ];

  const optional = fc.oneof(fc.constant(null), fc.constant(undefined), cellArgument);

  it("never throw on arbitrary cells in equal-length columns or rows; rates are in [0, 1] or #DIV/0!", () => {
    const table = fc.record({
      rows: rowsOf(anyCell, anyCell, 30),
      idsAs: orientation,
      outcomesAs: orientation,
      source: fc.oneof(
        fc.constant(null),
        anyCell,
        fc.constantFrom("(no source)", "Referral", " google  ADS ")
      ),
      won: fc.oneof(
        fc.constant(null),
        labelList.map((list) =>
          list === null || list.length === 0 ? null : asRange(list, "column")
        )
      ),
      lost: fc.oneof(
        fc.constant(null),
        labelList.map((list) => (list === null || list.length === 0 ? null : asRange(list, "row")))
      ),
      period: fc.oneof(
        fc.constant(null),
        fc.constantFrom<Cell>("month", " Quarter ", "YEAR", "week", "ｗｅｅｋ", "", "day", 1, true)
      ),
    });
    fc.assert(
      fc.property(table, ({ rows, idsAs, outcomesAs, source, won, lost, period }) => {
        const idRange = asRange(ids(rows), idsAs);
        const outcomeRange = asRange(
          rows.map((row) => row.outcome),
          outcomesAs
        );
        for (const rate of [
          conversionRateFormula(idRange, outcomeRange, source, won),
          winRateFormula(idRange, outcomeRange, source, won, lost),
        ]) {
          expectResultShape(rate);
          if (rate.ok) expectRate(rate.value);
          // A source that matches no lead is #N/A (rule 8); otherwise the only error is nothing to divide by.
          const selects = !isTextLeftOut(source) && !isBlank(source);
          const found =
            !selects ||
            refTallyBySource(rows, true).some((group) => group.key === refKey(refLabel(source)));
          if (rows.length > 0 && !found) {
            expect(rate).toMatchObject({ ok: false, error: { code: "notAvailable" } });
            if (!rate.ok) expect(rate.error.message).toMatch(/^No leads from source /);
          } else if (rows.length > 0 && !rate.ok) expect(rate.error.code).toBe("divisionByZero");
        }
        expectTable(leadsBySourceFormula(idRange, outcomeRange, won), SOURCE_HEADERS);
        expectTable(leadsBySourceFormula(idRange, null, won), SOURCE_HEADERS);
        expectTable(leadsByOutcomeFormula(idRange, outcomeRange, won, lost), OUTCOME_HEADERS);
        expectTable(leadsByPeriodFormula(idRange, outcomeRange, period, won), PERIOD_HEADERS);
        expectTable(leadsByPeriodFormula(idRange, null, period, won), PERIOD_HEADERS);
      }),
      { numRuns: 300 }
    );
  });

  it("never throw on arguments of any shape (ragged, empty, 2-D, mismatched), returning a value or an error value", () => {
    fc.assert(
      fc.property(
        cellArgument,
        cellArgument,
        optional,
        optional,
        optional,
        (first, second, third, fourth, fifth) => {
          expectResultShape(conversionRateFormula(first, second, third, fourth));
          expectResultShape(winRateFormula(first, second, third, fourth, fifth));
          expectTable(leadsBySourceFormula(first, second, third), SOURCE_HEADERS);
          expectTable(leadsByPeriodFormula(first, second, third, fourth), PERIOD_HEADERS);
          expectTable(leadsByOutcomeFormula(first, second, third, fourth), OUTCOME_HEADERS);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("LEADS_BY_OUTCOME, CONVERSION_RATE and WIN_RATE agree with the reference counts, overall and per source", () => {
    fc.assert(
      fc.property(sourceTable, orientation, respelling, ({ rows, won, lost }, as, how) => {
        fc.pre(rows.length > 0);
        const idRange = asRange(ids(rows), as);
        const outcomeRange = asRange(
          rows.map((row) => row.outcome),
          as
        );
        const wonArg = won === null || won.length === 0 ? null : asRange(won, "column");
        const lostArg = lost === null || lost.length === 0 ? null : asRange(lost, "column");
        const reference = refTallyBySource(rows, true, won, lost);
        const total = reference.reduce(
          (sum, g) => ({
            leads: sum.leads + g.leads,
            won: sum.won + g.won,
            lost: sum.lost + g.lost,
          }),
          { leads: 0, won: 0, lost: 0 }
        );

        const conversion = conversionRateFormula(idRange, outcomeRange, null, wonArg);
        const conversionWithLost = leadsByOutcomeFormula(idRange, outcomeRange, wonArg, lostArg);
        if (total.leads === 0) {
          expect(conversion).toMatchObject({ ok: false, error: { code: "divisionByZero" } });
        } else {
          // A label in both lists counts as won, so the won count does not depend on the lost list.
          expect(conversion).toEqual({ ok: true, value: total.won / total.leads });
        }
        const win = winRateFormula(idRange, outcomeRange, null, wonArg, lostArg);
        if (total.won + total.lost === 0)
          expect(win).toMatchObject({ ok: false, error: { code: "divisionByZero" } });
        else expect(win).toEqual({ ok: true, value: total.won / (total.won + total.lost) });

        if (!conversionWithLost.ok) throw new Error(conversionWithLost.error.message);
        const body = conversionWithLost.value.slice(1);
        expect(body.length).toBe(reference.length);
        const keyCount = new Map<string, number>();
        for (const g of reference) keyCount.set(g.key, (keyCount.get(g.key) ?? 0) + 1);
        for (const row of body) {
          const label = row[0] as string;
          const group = reference.find(
            (g) => g.label === label && g.leads === row[1] && g.won === row[2]
          );
          expect(group).toBeDefined();
          if (group === undefined || (keyCount.get(group.key) ?? 0) > 1) continue;
          expect(row.slice(1, 5)).toEqual([group.leads, group.won, group.lost, group.open]);
          // Selecting the row's label, in any case, width and spacing, gives that row's conversion rate and win rate.
          const selector = respell(label, how);
          const selectedConversion = conversionRateFormula(idRange, outcomeRange, selector, wonArg);
          const rowConversion = row[5] as number | TallyError;
          if (isTallyError(rowConversion))
            throw new Error("a listed source has leads, so its conversion rate exists");
          expect(selectedConversion).toEqual({ ok: true, value: rowConversion });
          const selectedWin = winRateFormula(idRange, outcomeRange, selector, wonArg, lostArg);
          const rowWin = row[6] as number | TallyError;
          if (isTallyError(rowWin))
            expect(selectedWin).toMatchObject({ ok: false, error: { code: "divisionByZero" } });
          else expect(selectedWin).toEqual({ ok: true, value: rowWin });
        }
      }),
      { numRuns: 300 }
    );
  });
});

/** Leads with a lead date, a closed date and an outcome; dates are mostly near one another. */
const timeTable = fc.record({
  rows: fc.array(
    fc.record({
      date: dateCell,
      // A closed date near the lead date as often as not, so that lags (and negative ones) occur.
      closedOffset: fc.oneof(
        fc.integer({ min: -5, max: 200 }),
        fc.double({ min: -2, max: 400, noNaN: true })
      ),
      closed: fc.oneof(dateCell, fc.constant(null)),
      nearClosed: fc.boolean(),
      outcome: outcomeCell,
    }),
    { minLength: 1, maxLength: 40 }
  ),
  won: labelList,
  lost: labelList,
  unit,
  asOf: fc.integer({ min: 36000, max: 47500 }),
});

type TimeRow = {
  date: Cell;
  closedOffset: number;
  closed: Cell;
  nearClosed: boolean;
  outcome: Cell;
};

function timeColumns(rows: readonly TimeRow[]) {
  return {
    dates: rows.map((row) => [row.date]),
    closed: rows.map((row) =>
      row.nearClosed && typeof row.date === "number" ? [row.date + row.closedOffset] : [row.closed]
    ),
    outcomes: rows.map((row) => [row.outcome]),
  };
}

/** A won or lost list as Excel passes it: left out, or a column of labels. */
function listArgument(list: Cell[] | null): Cell[][] | null {
  return list === null || list.length === 0 ? null : asRange(list, "column");
}

describe("time function properties (rules 9 to 12)", () => {
  it("PROJECTED_CONVERSION: completion in [0, 1]; projected in [conversion so far, 1] whenever a number", () => {
    fc.assert(
      fc.property(timeTable, ({ rows, won, unit: period, asOf }) => {
        const { dates, closed, outcomes } = timeColumns(rows);
        const result = projectedConversionFormula(
          dates,
          closed,
          outcomes,
          period,
          listArgument(won),
          asOf,
          0
        );
        if (!result.ok) {
          // Only the 5,000-period limit can refuse cells of these kinds.
          check(/^dates span/.test(result.error.message), () => result.error.message);
          return;
        }
        for (const row of result.value.slice(1)) {
          const [, leads, clients, soFar, completion, projected] = row;
          check(
            typeof leads === "number" && typeof clients === "number" && clients <= leads,
            () => `counts ${JSON.stringify(row)}`
          );
          if (leads === 0) {
            check(
              [soFar, completion, projected].every(
                (cell) => isTallyError(cell) && cell.code === "divisionByZero"
              ),
              () => `empty period ${JSON.stringify(row)}`
            );
            continue;
          }
          check(
            soFar === (clients as number) / (leads as number),
            () => `so far ${JSON.stringify(row)}`
          );
          if (typeof completion === "number") {
            check(completion >= 0 && completion <= 1, () => `completion ${completion}`);
          } else {
            check(
              isTallyError(completion) && completion.code === "notAvailable",
              () => `completion ${JSON.stringify(completion)}`
            );
          }
          if (typeof projected === "number") {
            check(
              projected >= (soFar as number) && projected <= 1,
              () => `projected ${projected} below ${String(soFar)}`
            );
          } else {
            check(
              isTallyError(projected) && projected.code === "notAvailable",
              () => `projected ${JSON.stringify(projected)}`
            );
          }
        }
      }),
      { numRuns: 400 }
    );
  });

  it("PROJECTED_CONVERSION lists the dated leads of LEADS_BY_PERIOD, period for period", () => {
    fc.assert(
      fc.property(timeTable, ({ rows, won, unit: period, asOf }) => {
        const { dates, closed, outcomes } = timeColumns(rows);
        const projected = projectedConversionFormula(
          dates,
          closed,
          outcomes,
          period,
          listArgument(won),
          asOf,
          0
        );
        const byPeriod = leadsByPeriodFormula(dates, outcomes, period, listArgument(won));
        expect(projected.ok).toBe(byPeriod.ok);
        if (!projected.ok || !byPeriod.ok) return;
        const dated = byPeriod.value.slice(1).filter((row) => row[0] !== NO_DATE_LABEL);
        expect(projected.value.slice(1).map((row) => row.slice(0, 3))).toEqual(
          dated.map((row) => row.slice(0, 3))
        );
      }),
      { numRuns: 300 }
    );
  });

  it("OPEN_LEADS_BY_AGE: five buckets that add up to the open leads", () => {
    fc.assert(
      fc.property(timeTable, ({ rows, won, lost, asOf }) => {
        const { dates, outcomes } = timeColumns(rows);
        const result = openLeadsByAgeFormula(
          dates,
          outcomes,
          asOf,
          listArgument(won),
          listArgument(lost),
          0
        );
        if (!result.ok) throw new Error(result.error.message);
        const classOf = refClassifier(won, lost);
        const open = rows.filter(
          (row) =>
            refIsLead({ id: row.date, outcome: row.outcome }, true) &&
            classOf(row.outcome) === "open"
        ).length;
        expect(result.value.map((row) => row[0])).toEqual([
          "Age",
          "0 to 7 days",
          "8 to 30 days",
          "31 to 90 days",
          "over 90 days",
          NO_DATE_LABEL,
        ]);
        expect(result.value.slice(1).reduce((sum, row) => sum + (row[1] as number), 0)).toBe(open);
      }),
      { numRuns: 400 }
    );
  });

  it("DAYS_TO_CONVERT: the median and the mean lie between the shortest and the longest lag", () => {
    fc.assert(
      fc.property(timeTable, ({ rows, won }) => {
        const { dates, closed, outcomes } = timeColumns(rows);
        const classOf = refClassifier(won, null);
        const lags: number[] = [];
        rows.forEach((_, index) => {
          const lead = refDayFromCell(dates[index][0]);
          const done = refDayFromCell(closed[index][0]);
          if (classOf(outcomes[index][0]) !== "won" || lead === null || done === null) return;
          if (done >= lead) lags.push(done - lead);
        });
        for (const statistic of ["median", "mean"]) {
          const result = daysToConvertFormula(
            dates,
            closed,
            outcomes,
            listArgument(won),
            statistic
          );
          if (lags.length === 0) {
            expect(result).toMatchObject({ ok: false, error: { code: "notAvailable" } });
            continue;
          }
          if (!result.ok) throw new Error(result.error.message);
          check(
            result.value >= Math.min(...lags) - 1 && result.value <= Math.max(...lags) + 1,
            () => `${statistic} ${result.value} outside ${JSON.stringify(lags)}`
          );
        }
      }),
      { numRuns: 400 }
    );
  });
});

describe("investmentBySource properties", () => {
  const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"];
  const lead = fc.tuple(
    fc.constantFrom("2026-01-15", "2026-02-15", "2026-03-15", "2026-05-15", null),
    sourceCell,
    outcomeCell,
    fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 }))
  );
  const spendRow = fc.tuple(
    sourceCell,
    // Blank is "not entered"; 0 is entered as free.
    fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 2000 })),
    fc.constantFrom(...MONTHS)
  );

  it("per-period figures add up to the paid total, over the periods that have spend", () => {
    fc.assert(
      fc.property(
        fc.array(lead, { maxLength: 40 }),
        fc.array(spendRow, { maxLength: 12 }),
        (leads, spend) => {
          const report = investmentBySource({
            dates: leads.map((row) => row[0]),
            sources: leads.map((row) => row[1]),
            outcomes: leads.map((row) => row[2]),
            values: leads.map((row) => row[3]),
            spend: {
              sources: spend.map((row) => row[0]),
              amounts: spend.map((row) => row[1]),
              periods: spend.map((row) => row[2]),
            },
            unit: "month",
            rules: outcomeRules(),
          });
          if (!report.ok) throw new Error(report.error.message);
          const { periods, paid } = report.value;
          const sum = (pick: (p: (typeof periods)[number]) => number) =>
            periods.reduce((total, period) => total + pick(period), 0);
          expect(sum((p) => p.spend)).toBe(paid.spend);
          expect(sum((p) => p.leads)).toBe(paid.leads);
          expect(sum((p) => p.clients)).toBe(paid.clients);
          expect(sum((p) => p.revenue)).toBe(paid.revenue);
          // Only periods that have spend entered appear.
          for (const period of periods) expect(MONTHS).toContain(period.label);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("never counts a source without spend entered as free or paid, nor its leads in the paid total", () => {
    fc.assert(
      fc.property(
        fc.array(lead, { maxLength: 40 }),
        fc.array(spendRow, { maxLength: 12 }),
        (leads, spend) => {
          const report = investmentBySource({
            dates: leads.map((row) => row[0]),
            sources: leads.map((row) => row[1]),
            outcomes: leads.map((row) => row[2]),
            values: null,
            spend: {
              sources: spend.map((row) => row[0]),
              amounts: spend.map((row) => row[1]),
              periods: null,
            },
            unit: "month",
            rules: outcomeRules(),
          });
          if (!report.ok) throw new Error(report.error.message);
          const entered = new Set(
            spend
              .filter((row) => row[1] !== null)
              .map((row) => report.value.sources.find((s) => s.key === keyOf(row[0]))?.key)
          );
          for (const source of report.value.sources) {
            expect(source.status === "not-entered").toBe(!entered.has(source.key));
            if (source.status === "not-entered") {
              expect(report.value.paid.sources).not.toContain(source.label);
              expect(report.value.free.sources).not.toContain(source.label);
            }
          }
          const notEntered = report.value.sources.filter((s) => s.status === "not-entered");
          expect(report.value.notEntered.leads).toBe(notEntered.reduce((n, s) => n + s.leads, 0));
          expect(
            report.value.paid.leads + report.value.free.leads + report.value.notEntered.leads
          ).toBe(report.value.sources.reduce((n, s) => n + s.allLeads, 0));
        }
      ),
      { numRuns: 300 }
    );
  });
});

function keyOf(cell: Cell): string {
  const label = refLabel(cell);
  return label === "" ? REF_NO_SOURCE : refKey(label);
}
