/**
 * Property tests of the TALLY custom functions as Excel calls them, with the CustomFunctions
 * global stubbed. fast-check picks a new seed on every run and prints it on failure.
 */
import fc from "fast-check";
import {
  conversionRate,
  daysToConvert,
  leadsByOutcome,
  openLeadsByAge,
  projectedConversion,
  salesVelocity,
  leadsByPeriod,
  leadsBySource,
  winRate,
} from "../../../src/functions/functions";
import type { Cell } from "../../../src/engine";
import {
  Row,
  anyArgument,
  anyCell,
  asRange,
  dateCell,
  labelList,
  orientation,
  outcomeCell,
  refIsLead,
  refTallyBySource,
  rowsOf,
  sourceCell,
} from "../../support/arbitraries";
import {
  CustomFunctionsError,
  ErrorCode,
  installCustomFunctionsStub,
} from "../../support/customFunctionsStub";

beforeAll(() => installCustomFunctionsStub());

/** The functions are typed for Excel (any[][]); the properties call them with anything at all. */
type LooseFunction = (...args: unknown[]) => unknown;

interface FunctionUnderTest {
  readonly name: string;
  readonly call: LooseFunction;
  readonly parameters: number;
  readonly spills: boolean;
}

const FUNCTIONS: readonly FunctionUnderTest[] = [
  {
    name: "CONVERSION_RATE",
    call: conversionRate as unknown as LooseFunction,
    parameters: 4,
    spills: false,
  },
  { name: "WIN_RATE", call: winRate as unknown as LooseFunction, parameters: 5, spills: false },
  {
    name: "LEADS_BY_SOURCE",
    call: leadsBySource as unknown as LooseFunction,
    parameters: 3,
    spills: true,
  },
  {
    name: "LEADS_BY_PERIOD",
    call: leadsByPeriod as unknown as LooseFunction,
    parameters: 4,
    spills: true,
  },
  {
    name: "LEADS_BY_OUTCOME",
    call: leadsByOutcome as unknown as LooseFunction,
    parameters: 4,
    spills: true,
  },
];

const ERROR_CODES: readonly string[] = Object.values(ErrorCode);

type Outcome = { readonly returned: unknown } | { readonly thrown: unknown };

function invoke(fn: FunctionUnderTest, args: readonly unknown[]): Outcome {
  try {
    return { returned: fn.call(...args) };
  } catch (thrown) {
    return { thrown };
  }
}

function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

/** Only a CustomFunctions.Error escapes; its code is an Excel error and a #VALUE! says why. */
function checkThrown(fn: FunctionUnderTest, thrown: unknown): CustomFunctionsError {
  if (!(thrown instanceof CustomFunctionsError)) {
    fail(`${fn.name} threw something other than a CustomFunctions.Error: ${String(thrown)}`);
  }
  if (!ERROR_CODES.includes(thrown.code))
    fail(`${fn.name} threw an unknown error code ${thrown.code}`);
  if (
    thrown.code === ErrorCode.invalidValue &&
    (typeof thrown.message !== "string" || thrown.message.trim() === "")
  ) {
    fail(`${fn.name} threw #VALUE! without a message`);
  }
  if (
    thrown.code === ErrorCode.notAvailable &&
    (typeof thrown.message !== "string" || thrown.message.trim() === "")
  ) {
    fail(`${fn.name} threw #N/A without a message`);
  }
  return thrown;
}

function checkRate(fn: FunctionUnderTest, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    fail(`${fn.name} returned ${describeValue(value)}, not a rate in [0, 1]`);
  }
}

/** A spilled table: rectangular, a header row of text, then text, finite numbers or Excel errors. */
function checkSpill(fn: FunctionUnderTest, value: unknown): unknown[][] {
  if (!Array.isArray(value) || value.length === 0)
    fail(`${fn.name} spilled ${describeValue(value)}`);
  const table = value as unknown[];
  if (!table.every((row): row is unknown[] => Array.isArray(row)))
    fail(`${fn.name} spilled a row that is not an array`);
  const rows = table as unknown[][];
  const width = rows[0].length;
  if (width === 0) fail(`${fn.name} spilled an empty header`);
  if (!rows[0].every((cell) => typeof cell === "string" && cell !== ""))
    fail(`${fn.name} header ${describeValue(rows[0])}`);
  for (const row of rows) {
    if (row.length !== width) fail(`${fn.name} spilled a ragged table: ${describeValue(rows)}`);
    for (const cell of row) {
      const fine =
        typeof cell === "string" ||
        (typeof cell === "number" && Number.isFinite(cell)) ||
        (cell instanceof CustomFunctionsError &&
          ERROR_CODES.includes(cell.code) &&
          // A message where Excel shows one (#VALUE!, #N/A), none where it cannot (#DIV/0!).
          (cell.code === ErrorCode.divisionByZero
            ? cell.message === undefined
            : (cell.message ?? "").trim() !== ""));
      if (!fine)
        fail(`${fn.name} spilled the cell ${describeValue(cell)} in ${describeValue(row)}`);
    }
    if (typeof row[0] !== "string")
      fail(`${fn.name} spilled a row without a label: ${describeValue(row)}`);
  }
  return rows;
}

function checkOutcome(fn: FunctionUnderTest, outcome: Outcome): void {
  if ("thrown" in outcome) {
    checkThrown(fn, outcome.thrown);
    return;
  }
  if (fn.spills) checkSpill(fn, outcome.returned);
  else checkRate(fn, outcome.returned);
}

const functionUnderTest = fc.constantFrom(...FUNCTIONS);

/** An argument list of any length, optional arguments often null or undefined. */
const argumentList = fc.array(
  fc.oneof(
    { arbitrary: anyArgument, weight: 4 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 }
  ),
  { maxLength: 6 }
);

describe("custom function properties", () => {
  it("return a rate or a spilled table, or throw only a CustomFunctions.Error, for arguments of any shape and content", () => {
    fc.assert(
      fc.property(functionUnderTest, argumentList, (fn, args) => {
        checkOutcome(fn, invoke(fn, args));
      }),
      { numRuns: 1500 }
    );
  });

  const leadTable = fc.record({
    rows: rowsOf(fc.oneof(sourceCell, dateCell, anyCell), outcomeCell, 30),
    idsAs: orientation,
    outcomesAs: orientation,
    extra: fc.array(
      fc.oneof(
        fc.constant(null),
        anyCell,
        labelList.map((list) =>
          list === null || list.length === 0 ? null : asRange(list, "column")
        ),
        fc.constantFrom<Cell>(
          "month",
          "quarter",
          "year",
          "week",
          " Week ",
          "fortnight",
          "(no source)"
        )
      ),
      { maxLength: 3 }
    ),
  });

  it("on equal-length columns or rows of any cells, succeed or fail only with #DIV/0! (rates) and spill well-formed tables", () => {
    fc.assert(
      fc.property(functionUnderTest, leadTable, (fn, { rows, idsAs, outcomesAs, extra }) => {
        fc.pre(rows.length > 0);
        const args = [
          asRange(
            rows.map((row) => row.id),
            idsAs
          ),
          asRange(
            rows.map((row) => row.outcome),
            outcomesAs
          ),
          ...extra,
        ];
        const outcome = invoke(fn, args);
        checkOutcome(fn, outcome);
        if ("thrown" in outcome && !fn.spills && extra.length === 0) {
          // With no optional argument the only possible error is that there is nothing to divide by.
          expect(checkThrown(fn, outcome.thrown).code).toBe(ErrorCode.divisionByZero);
        }
      }),
      { numRuns: 1000 }
    );
  });

  it("treat every optional argument passed as null like an argument left out", () => {
    fc.assert(
      fc.property(functionUnderTest, leadTable, (fn, { rows, idsAs }) => {
        const ids = asRange(
          rows.map((row) => row.id),
          idsAs
        );
        const outcomes = asRange(
          rows.map((row) => row.outcome),
          idsAs
        );
        const required =
          fn.name === "LEADS_BY_PERIOD" || fn.name === "LEADS_BY_SOURCE" ? [ids] : [ids, outcomes];
        const nulls = new Array<null>(fn.parameters - required.length).fill(null);
        expect(invoke(fn, [...required, ...nulls])).toEqual(invoke(fn, required));
      }),
      { numRuns: 300 }
    );
  });

  it("give the same answer for a column and for a row of the same cells", () => {
    fc.assert(
      fc.property(functionUnderTest, leadTable, (fn, { rows, extra }) => {
        const column = [
          asRange(
            rows.map((row) => row.id),
            "column"
          ),
          asRange(
            rows.map((row) => row.outcome),
            "column"
          ),
        ];
        const row = [
          asRange(
            rows.map((r) => r.id),
            "row"
          ),
          asRange(
            rows.map((r) => r.outcome),
            "row"
          ),
        ];
        expect(invoke(fn, [...row, ...extra])).toEqual(invoke(fn, [...column, ...extra]));
      }),
      { numRuns: 300 }
    );
  });

  it("throw #VALUE! with a message for ranges of different sizes, 2-D ranges and ragged arrays", () => {
    const badPair = fc.oneof(
      // Two columns of different lengths.
      fc
        .tuple(
          fc.array(anyCell, { minLength: 1, maxLength: 8 }),
          fc.array(anyCell, { minLength: 1, maxLength: 8 }),
          orientation,
          orientation
        )
        .filter(([a, b]) => a.length !== b.length)
        .map(([a, b, asA, asB]) => [asRange(a, asA), asRange(b, asB)]),
      // A range of at least two rows and two columns.
      fc
        .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }), fc.boolean())
        .chain(([r, c, first]) =>
          fc
            .array(fc.array(anyCell, { minLength: c, maxLength: c }), {
              minLength: r,
              maxLength: r,
            })
            .map((matrix) => {
              const column = asRange(new Array<Cell>(r * c).fill("x"), "column");
              return first ? [matrix, column] : [column, matrix];
            })
        ),
      // Rows of different lengths.
      fc
        .array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 })
        .filter((rows) => new Set(rows.map((row) => row.length)).size > 1)
        .map((ragged) => [ragged, ragged])
    );
    fc.assert(
      fc.property(functionUnderTest, badPair, (fn, [first, second]) => {
        const outcome = invoke(fn, [first, second]);
        if (!("thrown" in outcome)) fail(`${fn.name} returned ${describeValue(outcome.returned)}`);
        expect(checkThrown(fn, outcome.thrown).code).toBe(ErrorCode.invalidValue);
      }),
      { numRuns: 500 }
    );
  });

  it("LEADS_BY_SOURCE, LEADS_BY_OUTCOME and CONVERSION_RATE tell the same story as the reference counts", () => {
    const table = fc.record({ rows: rowsOf(sourceCell, outcomeCell, 30), as: orientation });
    fc.assert(
      fc.property(table, ({ rows, as }) => {
        fc.pre(rows.length > 0);
        const sources = asRange(
          rows.map((row) => row.id),
          as
        );
        const outcomes = asRange(
          rows.map((row) => row.outcome),
          as
        );
        const bySource = checkSpill(FUNCTIONS[2], leadsBySource(sources, outcomes));
        const byOutcome = checkSpill(FUNCTIONS[4], leadsByOutcome(sources, outcomes));
        const leadsOnly = checkSpill(FUNCTIONS[2], leadsBySource(sources));

        // LEADS_BY_SOURCE is LEADS_BY_OUTCOME's Source, Leads, Won and Conversion rate columns.
        expect(bySource.slice(1)).toEqual(
          byOutcome.slice(1).map((row) => [row[0], row[1], row[2], row[5]])
        );

        const reference = refTallyBySource(rows, true);
        const canonical = (list: readonly (readonly unknown[])[]) =>
          list.map((row) => JSON.stringify(row)).sort();
        expect(canonical(byOutcome.slice(1).map((row) => row.slice(0, 5)))).toEqual(
          canonical(reference.map((g) => [g.label, g.leads, g.won, g.lost, g.open]))
        );
        expect(leadsOnly.slice(1).reduce((sum, row) => sum + (row[1] as number), 0)).toBe(
          rows.filter((row: Row) => refIsLead(row, false)).length
        );

        const leads = reference.reduce((sum, g) => sum + g.leads, 0);
        const won = reference.reduce((sum, g) => sum + g.won, 0);
        const outcome = invoke(FUNCTIONS[0], [sources, outcomes]);
        if (leads === 0) {
          expect("thrown" in outcome && checkThrown(FUNCTIONS[0], outcome.thrown).code).toBe(
            ErrorCode.divisionByZero
          );
        } else {
          expect(outcome).toEqual({ returned: won / leads });
        }
      }),
      { numRuns: 300 }
    );
  });
});

/** The time functions: their numbers are days or money, not rates; every column of one lead per cell. */
const TIME_FUNCTIONS: readonly (FunctionUnderTest & { readonly columns: number })[] = [
  {
    name: "DAYS_TO_CONVERT",
    call: daysToConvert as unknown as LooseFunction,
    parameters: 5,
    columns: 3,
    spills: false,
  },
  {
    name: "SALES_VELOCITY",
    call: salesVelocity as unknown as LooseFunction,
    parameters: 6,
    columns: 4,
    spills: false,
  },
  {
    name: "PROJECTED_CONVERSION",
    call: projectedConversion as unknown as LooseFunction,
    parameters: 6,
    columns: 3,
    spills: true,
  },
  {
    name: "OPEN_LEADS_BY_AGE",
    call: openLeadsByAge as unknown as LooseFunction,
    parameters: 5,
    columns: 2,
    spills: true,
  },
];

function checkTimeOutcome(fn: FunctionUnderTest, outcome: Outcome): void {
  if ("thrown" in outcome) {
    checkThrown(fn, outcome.thrown);
    return;
  }
  if (fn.spills) checkSpill(fn, outcome.returned);
  else if (typeof outcome.returned !== "number" || !Number.isFinite(outcome.returned))
    fail(`${fn.name} returned ${describeValue(outcome.returned)}`);
}

describe("time function properties", () => {
  const timeFunction = fc.constantFrom(...TIME_FUNCTIONS);

  it("return a number or a spilled table, or throw only a CustomFunctions.Error, for arguments of any shape", () => {
    fc.assert(
      fc.property(timeFunction, argumentList, (fn, args) => {
        checkTimeOutcome(fn, invoke(fn, args));
      }),
      { numRuns: 1000 }
    );
  });

  const timeTable = fc.record({
    cells: fc.array(
      fc.tuple(fc.oneof(dateCell, anyCell), fc.oneof(dateCell, anyCell), outcomeCell, anyCell),
      { minLength: 1, maxLength: 30 }
    ),
    extra: fc.array(
      fc.oneof(
        fc.constant(null),
        anyCell,
        dateCell,
        fc.constantFrom<Cell>("median", "MEAN", "quarter", " Week ", "fortnight", 0)
      ),
      { maxLength: 3 }
    ),
  });

  function columnsOf(
    fn: { readonly columns: number },
    cells: readonly (readonly Cell[])[],
    as: "column" | "row"
  ): Cell[][][] {
    // DAYS_TO_CONVERT etc. take (dates, closed, outcomes[, values]); OPEN_LEADS_BY_AGE (dates, outcomes).
    const order = fn.columns === 2 ? [0, 2] : [0, 1, 2, 3].slice(0, fn.columns);
    return order.map((index) =>
      asRange(
        cells.map((row) => row[index]),
        as
      )
    );
  }

  it("on equal-length columns of any cells, answer with a number, a well-formed table or an Excel error with a message", () => {
    fc.assert(
      fc.property(timeFunction, timeTable, (fn, { cells, extra }) => {
        const outcome = invoke(fn, [...columnsOf(fn, cells, "column"), ...extra]);
        checkTimeOutcome(fn, outcome);
        if ("thrown" in outcome && extra.length === 0) {
          // Left to its defaults, a function refuses only values (text in a client's value) or
          // says what the data cannot give, with a message.
          const error = checkThrown(fn, outcome.thrown);
          expect([ErrorCode.notAvailable, ErrorCode.invalidValue]).toContain(error.code);
          expect((error.message ?? "").trim()).not.toBe("");
        }
      }),
      { numRuns: 600 }
    );
  });

  it("treat optional arguments passed as null like arguments left out, and a row like a column", () => {
    fc.assert(
      fc.property(timeFunction, timeTable, (fn, { cells, extra }) => {
        const required = columnsOf(fn, cells, "column");
        const nulls = new Array<null>(fn.parameters - required.length).fill(null);
        expect(invoke(fn, [...required, ...nulls])).toEqual(invoke(fn, required));
        expect(invoke(fn, [...columnsOf(fn, cells, "row"), ...extra])).toEqual(
          invoke(fn, [...required, ...extra])
        );
      }),
      { numRuns: 300 }
    );
  });
});
