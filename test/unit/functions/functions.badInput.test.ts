/**
 * Bad input to every custom function: arguments left out, ranges of the wrong shape or of
 * different sizes, whole columns (1,048,576 rows), Excel errors in cells, dates centuries apart,
 * hostile text. Each gives a clear Excel error whose message names what is wrong; nothing throws
 * anything else, nothing hangs, and no result grows without bound (LEADS_BY_PERIOD stops at 5,000
 * periods with a message).
 *
 * Excel itself does not call a custom function whose argument is an error cell unless the
 * function's metadata allows errors (ours does not: see functions.json), so the error values here
 * are what a caller from code could pass; they must still give a clear answer.
 */
import fc from "fast-check";
import {
  conversionRate,
  costPerClient,
  daysToConvert,
  openLeadsByAge,
  projectedConversion,
  salesVelocity,
  costPerLead,
  leadsByOutcome,
  leadsByPeriod,
  leadsBySource,
  marketingRoi,
  winRate,
} from "../../../src/functions/functions";
import { MAX_PERIODS } from "../../../src/engine";
import {
  CustomFunctionsError,
  ErrorCode,
  installCustomFunctionsStub,
} from "../../support/customFunctionsStub";
import { anyCell, dateCell, outcomeCell, sourceCell } from "../../support/arbitraries";
import { HOSTILE_TEXTS } from "../../support/trust";

beforeAll(() => installCustomFunctionsStub());

type Loose = (...args: unknown[]) => unknown;

/** A function with its parameters, which of them are ranges of leads, and good arguments. */
interface Fn {
  readonly name: string;
  readonly call: Loose;
  readonly parameters: readonly string[];
  readonly required: number;
  /** Parameters that are one cell per lead (or per spend line). */
  readonly columns: readonly string[];
  /** Groups of columns that must line up cell for cell: the spend table's, the leads'. */
  readonly lineUp: readonly (readonly string[])[];
  readonly spills: boolean;
}

const FUNCTIONS: readonly Fn[] = [
  {
    name: "CONVERSION_RATE",
    call: conversionRate as unknown as Loose,
    parameters: ["sources", "outcomes", "source", "won"],
    required: 2,
    columns: ["sources", "outcomes"],
    lineUp: [["sources", "outcomes"]],
    spills: false,
  },
  {
    name: "WIN_RATE",
    call: winRate as unknown as Loose,
    parameters: ["sources", "outcomes", "source", "won", "lost"],
    required: 2,
    columns: ["sources", "outcomes"],
    lineUp: [["sources", "outcomes"]],
    spills: false,
  },
  {
    name: "LEADS_BY_SOURCE",
    call: leadsBySource as unknown as Loose,
    parameters: ["sources", "outcomes", "won"],
    required: 1,
    columns: ["sources", "outcomes"],
    lineUp: [["sources", "outcomes"]],
    spills: true,
  },
  {
    name: "LEADS_BY_PERIOD",
    call: leadsByPeriod as unknown as Loose,
    parameters: ["dates", "outcomes", "period", "won"],
    required: 1,
    columns: ["dates", "outcomes"],
    lineUp: [["dates", "outcomes"]],
    spills: true,
  },
  {
    name: "LEADS_BY_OUTCOME",
    call: leadsByOutcome as unknown as Loose,
    parameters: ["sources", "outcomes", "won", "lost"],
    required: 2,
    columns: ["sources", "outcomes"],
    lineUp: [["sources", "outcomes"]],
    spills: true,
  },
  {
    name: "COST_PER_LEAD",
    call: costPerLead as unknown as Loose,
    parameters: ["spend_sources", "spend", "sources", "source"],
    required: 3,
    columns: ["spend_sources", "spend", "sources"],
    lineUp: [["spend_sources", "spend"]],
    spills: false,
  },
  {
    name: "COST_PER_CLIENT",
    call: costPerClient as unknown as Loose,
    parameters: ["spend_sources", "spend", "sources", "outcomes", "source", "won"],
    required: 4,
    columns: ["spend_sources", "spend", "sources", "outcomes"],
    lineUp: [
      ["spend_sources", "spend"],
      ["sources", "outcomes"],
    ],
    spills: false,
  },
  {
    name: "MARKETING_ROI",
    call: marketingRoi as unknown as Loose,
    parameters: ["spend_sources", "spend", "sources", "outcomes", "values", "source", "won"],
    required: 5,
    columns: ["spend_sources", "spend", "sources", "outcomes", "values"],
    lineUp: [
      ["spend_sources", "spend"],
      ["sources", "outcomes", "values"],
    ],
    spills: false,
  },
  {
    name: "DAYS_TO_CONVERT",
    call: daysToConvert as unknown as Loose,
    parameters: ["dates", "closed", "outcomes", "won", "statistic"],
    required: 3,
    columns: ["dates", "closed", "outcomes"],
    lineUp: [["dates", "closed", "outcomes"]],
    spills: false,
  },
  {
    name: "SALES_VELOCITY",
    call: salesVelocity as unknown as Loose,
    parameters: ["dates", "closed", "outcomes", "values", "won", "lost"],
    required: 4,
    columns: ["dates", "closed", "outcomes", "values"],
    lineUp: [["dates", "closed", "outcomes", "values"]],
    spills: false,
  },
  {
    name: "PROJECTED_CONVERSION",
    call: projectedConversion as unknown as Loose,
    parameters: ["dates", "closed", "outcomes", "period", "won", "as_of"],
    required: 3,
    columns: ["dates", "closed", "outcomes"],
    lineUp: [["dates", "closed", "outcomes"]],
    spills: true,
  },
  {
    name: "OPEN_LEADS_BY_AGE",
    call: openLeadsByAge as unknown as Loose,
    parameters: ["dates", "outcomes", "as_of", "won", "lost"],
    required: 2,
    columns: ["dates", "outcomes"],
    lineUp: [["dates", "outcomes"]],
    spills: true,
  },
];

const column = (cells: readonly unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** Good values for each parameter: three leads, two spend lines. */
const GOOD: Readonly<Record<string, unknown>> = {
  sources: column(["Website", "Referral", "Website"]),
  outcomes: column(["Won", "Lost", ""]),
  dates: column([46000, 46040, "2026-03-01"]),
  closed: column([46010, 46041, null]),
  statistic: [["mean"]],
  as_of: [[46100]],
  values: column([1200, null, 300]),
  spend_sources: column(["Website", "Referral"]),
  spend: column([600, 100]),
  source: [["Website"]],
  won: [["Won"]],
  lost: [["Lost"]],
  period: [["quarter"]],
};

function goodArguments(fn: Fn): unknown[] {
  return fn.parameters.map((parameter) => GOOD[parameter]);
}

type Outcome = { readonly value: unknown } | { readonly error: CustomFunctionsError };

function invoke(fn: Fn, args: readonly unknown[]): Outcome {
  try {
    return { value: fn.call(...args) };
  } catch (thrown) {
    if (!(thrown instanceof CustomFunctionsError)) {
      throw new Error(
        `${fn.name} threw something other than a CustomFunctions.Error: ${String(thrown)}`
      );
    }
    return { error: thrown };
  }
}

/** The error of a call that must fail with #VALUE!, its message naming `mentions`. */
function expectValueError(fn: Fn, args: readonly unknown[], mentions: string | RegExp): string {
  const outcome = invoke(fn, args);
  if (!("error" in outcome)) {
    throw new Error(`${fn.name} returned ${JSON.stringify(outcome.value)?.slice(0, 200)}`);
  }
  expect(outcome.error.code).toBe(ErrorCode.invalidValue);
  const message = outcome.error.message ?? "";
  expect(message).toMatch(mentions);
  expect(message).not.toMatch(/\[object|undefined|NaN/);
  return message;
}

/** A good answer: a finite number, or a table of text, finite numbers and Excel errors. */
function expectAnswer(fn: Fn, outcome: Outcome): void {
  if ("error" in outcome) {
    expect([ErrorCode.invalidValue, ErrorCode.notAvailable, ErrorCode.divisionByZero]).toContain(
      outcome.error.code
    );
    // Excel shows a message with #VALUE! and #N/A only; #DIV/0! carries none (see the stub).
    if (outcome.error.code === ErrorCode.divisionByZero)
      expect(outcome.error.message).toBeUndefined();
    else expect((outcome.error.message ?? "").trim()).not.toBe("");
    return;
  }
  if (!fn.spills) {
    expect(typeof outcome.value).toBe("number");
    expect(Number.isFinite(outcome.value as number)).toBe(true);
    return;
  }
  const table = outcome.value as unknown[][];
  expect(Array.isArray(table) && table.length >= 1).toBe(true);
  for (const row of table) {
    expect(row).toHaveLength(table[0].length);
    for (const cell of row) {
      const fine =
        typeof cell === "string" ||
        (typeof cell === "number" && Number.isFinite(cell)) ||
        cell instanceof CustomFunctionsError;
      expect(fine).toBe(true);
    }
  }
}

describe.each(FUNCTIONS)("$name given bad input", (fn) => {
  it("answers the good arguments (the baseline of the cases below)", () => {
    const outcome = invoke(fn, goodArguments(fn));
    expect("value" in outcome).toBe(true);
    expectAnswer(fn, outcome);
  });

  it.each(
    [0, 1, 2, 3, 4, 5, 6].filter((index) => index < fn.parameters.length).map((index) => [index])
  )(
    "argument %i left out (null): required says it is missing, optional is as if not given",
    (index) => {
      const parameter = fn.parameters[index];
      for (const omitted of [null, undefined]) {
        const args = goodArguments(fn);
        args[index] = omitted;
        if (index < fn.required) {
          expectValueError(fn, args, new RegExp(`^${parameter} is missing`));
        } else {
          const outcome = invoke(fn, args);
          expectAnswer(fn, outcome);
          // The last argument null is the same as the call without it.
          if (index === fn.parameters.length - 1) {
            expect(outcome).toEqual(invoke(fn, goodArguments(fn).slice(0, index)));
          }
        }
      }
    }
  );

  it("every argument left out at once: the first one is missing", () => {
    expectValueError(
      fn,
      fn.parameters.map(() => null),
      new RegExp(`^${fn.parameters[0]} is missing`)
    );
    expectValueError(fn, [], new RegExp(`^${fn.parameters[0]} is missing`));
  });

  describe.each(["[]", "[[]]", "2×2", "ragged", "nested", "an object"])(
    "a range given as %s",
    (shape) => {
      const bad: Readonly<Record<string, unknown>> = {
        "[]": [],
        "[[]]": [[]],
        "2×2": [
          ["a", "b"],
          ["c", "d"],
        ],
        ragged: [["a"], ["b", "c"], ["d"]],
        nested: [[["a"]], [["b"]], [["c"]]],
        "an object": [[{ toString: () => "obj" }], [Object.create(null)], [new Map()]],
      };

      it.each(fn.columns.map((parameter) => [parameter]))(
        "for %s is refused, naming it",
        (parameter) => {
          const args = goodArguments(fn);
          args[fn.parameters.indexOf(parameter)] = bad[shape];
          if (shape === "an object") {
            // Three cells of objects Excel never sends: a clear answer either way, never a throw.
            expectAnswer(fn, invoke(fn, args));
            return;
          }
          expectValueError(fn, args, parameter);
        }
      );
    }
  );

  it.each(fn.lineUp.flatMap((group) => group.slice(1).map((parameter) => [parameter, group[0]])))(
    "%s one cell longer than %s is refused, naming both sizes",
    (parameter) => {
      const args = goodArguments(fn);
      const index = fn.parameters.indexOf(parameter);
      args[index] = [...(args[index] as unknown[][]), [""]];
      expectValueError(fn, args, /has \d+ cells but .* has \d+; give them ranges of the same size/);
    }
  );

  it.each(fn.parameters.map((parameter) => [parameter]))(
    "an Excel error (#N/A) in %s gives #VALUE! naming the argument and the error",
    (parameter) => {
      const args = goodArguments(fn);
      const index = fn.parameters.indexOf(parameter);
      const error = new CustomFunctionsError(ErrorCode.notAvailable, "no value");
      const given = args[index] as unknown[][];
      args[index] = given.map((row, r) =>
        row.map((cell) => (r === given.length - 1 ? error : cell))
      );
      expectValueError(fn, args, new RegExp(`${parameter} holds the Excel error #N/A`));
    }
  );
});

describe("whole columns of 1,048,576 rows", () => {
  const ROWS = 1_048_576;
  let columns: Record<string, unknown[][]> = {};

  beforeAll(() => {
    const huge = (cells: readonly unknown[]) =>
      Array.from({ length: ROWS }, (_, i) => [cells[i % cells.length]]);
    columns = {
      sources: huge(["Website", "Referral", "", "Walk-in"]),
      outcomes: huge(["Won", "Lost", "", "Open", "Client"]),
      dates: huge([46000, 46031, "2026-03-01", ""]),
      closed: huge([46010, "", 46100, null, 45000]),
      values: huge([100, null, 5]),
      spend_sources: huge(["Website", "Referral"]),
      spend: huge([1, 2]),
    };
  });

  afterAll(() => {
    columns = {};
  });

  it.each(FUNCTIONS.map((fn) => [fn.name, fn]))(
    "%s answers on whole columns; one row short is refused, naming both sizes",
    (_, fn) => {
      const under = fn as Fn;
      const args = under.parameters.map((parameter) => columns[parameter] ?? GOOD[parameter]);
      // How fast is measured in `npm run bench`, against a baseline of the same run; here only
      // that a whole column gets an answer.
      expectAnswer(under, invoke(under, args));

      const group = under.lineUp[under.lineUp.length - 1];
      const index = under.parameters.indexOf(group[group.length - 1]);
      const short = [...args];
      short[index] = (args[index] as unknown[][]).slice(1);
      expectValueError(under, short, /has 1048576 cells but .* has 1048575/);
    },
    30_000
  );
});

describe("dates far in the past or future", () => {
  const byPeriod = FUNCTIONS.find((fn) => fn.name === "LEADS_BY_PERIOD") as Fn;

  it.each([
    ["week", 1, 2_958_465],
    ["month", 1, 2_958_465],
    ["quarter", 1, 2_958_465],
    ["year", 1, 2_958_465],
    ["week", 45_000, 45_000 + 7 * MAX_PERIODS],
    ["month", 1, 31 * MAX_PERIODS],
  ])(
    "by %s from serial %i to %i: stops at the 5,000-period limit with a message",
    (period, first, last) => {
      const message = expectValueError(
        byPeriod,
        [column([first, last]), null, period],
        /^dates span [\d,]+ \w+s \(.+ to .+\); at most 5000 periods are listed/
      );
      expect(message).toMatch(/Choose a longer period or check the outlying dates/);
    }
  );

  it("just under the limit lists every period, and no more", () => {
    const outcome = invoke(byPeriod, [
      column([45_000, 45_000 + 7 * (MAX_PERIODS - 1)]),
      null,
      "week",
    ]);
    expect("value" in outcome && (outcome.value as unknown[][]).length).toBe(MAX_PERIODS + 1);
  });

  it("dates Excel cannot hold are no date, never a period", () => {
    const outcome = invoke(byPeriod, [
      column([
        -1,
        0,
        2_958_466,
        1e15,
        -1e15,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        "0000-01-01",
        "10000-01-01",
        "2025-02-30",
        "1900-02-29T25:00",
        "+275760-09-13",
        "9999-12-31",
      ]),
    ]);
    expect("value" in outcome).toBe(true);
    const table = (outcome as { value: unknown[][] }).value;
    expect(table).toEqual([
      ["Period", "Leads"],
      ["9999-12", 1],
      ["(no date)", 12],
    ]);
  });
});

describe("hostile text in every text argument", () => {
  it.each(FUNCTIONS.map((fn) => [fn.name, fn]))("%s answers, or says what is wrong", (_, fn) => {
    const fnUnder = fn as Fn;
    for (const text of HOSTILE_TEXTS) {
      const args = goodArguments(fnUnder).map((arg, index) => {
        const parameter = fnUnder.parameters[index];
        if (["spend", "values", "dates", "closed"].includes(parameter)) return arg;
        return (arg as unknown[][]).map((row) => row.map(() => text));
      });
      expectAnswer(fnUnder, invoke(fnUnder, args));
    }
  });

  it("a spend or value that is text is refused, naming the cell", () => {
    const roi = FUNCTIONS.find((fn) => fn.name === "MARKETING_ROI") as Fn;
    for (const text of ["$1,200", "=1+1", "#N/A", "1e5", "TRUE"]) {
      const args = goodArguments(roi);
      args[1] = column([600, text]);
      expectValueError(roi, args, /^spend must hold numbers; cell 2 holds/);
    }
  });
});

describe("random workbooks with hostile cells", () => {
  const hostileCell = fc.oneof(
    { arbitrary: anyCell, weight: 3 },
    { arbitrary: sourceCell, weight: 2 },
    { arbitrary: outcomeCell, weight: 2 },
    { arbitrary: dateCell, weight: 2 },
    { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        new CustomFunctionsError(ErrorCode.notAvailable, "x"),
        new CustomFunctionsError(ErrorCode.divisionByZero)
      ),
      weight: 1,
    }
  );
  const workbook = fc.record({
    fn: fc.constantFrom(...FUNCTIONS),
    length: fc.integer({ min: 0, max: 25 }),
    cells: fc.array(hostileCell, { maxLength: 200 }),
    omit: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
    transpose: fc.boolean(),
    optional: fc.array(fc.oneof(hostileCell, fc.constant(null)), { minLength: 3, maxLength: 3 }),
  });

  it("every function answers, or throws only a CustomFunctions.Error whose message names an argument", () => {
    fc.assert(
      fc.property(workbook, ({ fn, length, cells, omit, transpose, optional }) => {
        let next = 0;
        const take = () => (cells.length === 0 ? null : cells[next++ % cells.length]);
        const args = fn.parameters.map((parameter, index) => {
          if (omit[index] === 0) return null;
          if (!fn.columns.includes(parameter)) return optional[index % 3];
          const list = Array.from({ length: Math.max(1, length) }, take);
          return transpose ? [list] : column(list);
        });
        const outcome = invoke(fn, args);
        expectAnswer(fn, outcome);
        if ("error" in outcome && outcome.error.code === ErrorCode.invalidValue) {
          const message = outcome.error.message ?? "";
          const named =
            fn.parameters.some((parameter) => message.includes(parameter)) ||
            /^(period|dates|Lead Tally could not)/.test(message);
          expect(named).toBe(true);
        }
      }),
      { numRuns: 2500 }
    );
  });
});
