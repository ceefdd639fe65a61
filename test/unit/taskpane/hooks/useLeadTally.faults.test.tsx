/** @jest-environment jsdom */
/**
 * The pane's hook when the workbook misbehaves: a call that fails (network, protection, payload,
 * a sheet gone, errors of odd shapes), clicks that land while reads and writes are under way,
 * calls that come back out of order, and settings damaged in every way. The error shown is in
 * plain words, the workbook is as it was, nothing is written twice or lost without a word, and
 * the next action works.
 */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { DEFAULT_SETTINGS, parseSettings } from "../../../../src/engine";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { describeError } from "../../../../src/taskpane/errorMessages";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook, SAMPLE_LEAD_COUNT } from "../../../../src/workbook/sampleLeads";
import type { LeadWorkbook } from "../../../../src/workbook/workbook";
import {
  FailingWorkbook,
  GatedWorkbook,
  WorkbookMethod,
  changesBetween,
  memoryShot,
  officeError,
} from "../../../support/trust";

const NOW = new Date(2026, 2, 15, 10, 30);
const now = () => NOW;

async function open(workbook: LeadWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.sources.length).toBeGreaterThan(0));
  return hook;
}

type Hook = Awaited<ReturnType<typeof open>>;

async function idle(hook: Hook) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
  await waitFor(() => expect(hook.result.current.tallying).toBe(false));
}

async function sourcesOf(workbook: MemoryWorkbook): Promise<unknown[]> {
  const [location] = await workbook.findLeads();
  const [sources] = await workbook.readColumns(location, [1]);
  return sources;
}

/** What the owner must never read in the pane. */
function expectPlainWords(message: string | null, what: string): void {
  expect(message).not.toBeNull();
  expect(message?.startsWith(`${what} did not work`)).toBe(true);
  expect(message).not.toMatch(/\[object|undefined|null\b|RichApi|TypeError|at .*:\d+/);
}

/** Errors of every shape a workbook call can fail with. */
const FAILURES: readonly [string, unknown][] = [
  ["a dropped connection", officeError("GeneralException", "The network connection was lost.")],
  ["a protected sheet", officeError("AccessDenied", "The sheet is protected.")],
  ["a payload limit", officeError("RequestPayloadSizeLimitExceeded", "Too large.")],
  [
    "a sheet deleted meanwhile",
    officeError("ItemNotFound", "The requested resource doesn't exist."),
  ],
  ["a plain Error", new Error("Something broke.")],
  ["a bare string", "Something broke."],
  ["undefined", undefined],
  ["an object with a non-string message", { code: 42, message: { text: "x" } }],
];

interface Action {
  readonly name: string;
  /** The call the workbook fails. */
  readonly method: WorkbookMethod;
  /** What the pane says it was doing. */
  readonly what: RegExp;
  readonly act: (hook: Hook) => void;
  /** What shows the action worked when tried again. */
  readonly worked: (hook: Hook, workbook: MemoryWorkbook) => Promise<void>;
}

const ACTIONS: readonly Action[] = [
  {
    name: "a tally click",
    method: "appendRows",
    what: /^Saving the lead from Referral did not work/,
    act: (hook) => hook.result.current.recordLead("Referral"),
    worked: async (_, workbook) => {
      expect((await sourcesOf(workbook)).slice(SAMPLE_LEAD_COUNT)).toEqual(["Referral"]);
    },
  },
  {
    name: "Mark won (the outcome and the closed date in one call)",
    method: "setRowCells",
    what: /^Marking row \d+ as Won did not work/,
    act: (hook) => hook.result.current.markOutcome("won"),
    worked: async (hook) => {
      expect(hook.result.current.notice).toMatch(/marked Won, closed 2026-03-15\.$/);
    },
  },
  {
    name: "the tally (reading)",
    method: "readColumns",
    what: /^The tally did not work/,
    act: (hook) => hook.result.current.runTally(),
    worked: async (hook) => {
      expect(hook.result.current.tally?.sheetName).toBe("Lead Tally");
    },
  },
  {
    name: "the tally (writing its sheet)",
    method: "writeGeneratedSheet",
    what: /^The tally did not work/,
    act: (hook) => hook.result.current.runTally(),
    worked: async (hook, workbook) => {
      expect(hook.result.current.tally?.sheetName).toBe("Lead Tally");
      expect(
        workbook.listSheets().filter((sheet) => sheet.name.startsWith("Lead Tally"))
      ).toHaveLength(1);
    },
  },
  {
    name: "creating the leads table",
    method: "createLeadsTable",
    what: /^Creating the leads table did not work/,
    act: (hook) => hook.result.current.createLeadsTable(),
    worked: async (hook) => {
      expect(hook.result.current.notice).toMatch(/^Created a Leads table on sheet "Leads 2"|\(2\)/);
    },
  },
  {
    name: "saving a column choice",
    method: "saveSettings",
    what: /^Saving your choices in the workbook did not work/,
    act: (hook) => hook.result.current.chooseColumn("value", null),
    worked: async (_, workbook) => {
      expect(await workbook.loadSettings()).toMatchObject({ mapping: { value: null } });
    },
  },
];

describe("a workbook call that fails", () => {
  describe.each(ACTIONS)("during $name", (action) => {
    it.each(FAILURES)(
      "with %s: plain words, the workbook as it was, and the next try works",
      async (_, failure) => {
        const inner = createSampleWorkbook(NOW);
        const workbook = new FailingWorkbook(inner);
        const hook = await open(workbook);
        if (action.method === "setRowCells") {
          act(() => hook.result.current.recordLead("Website"));
          await idle(hook);
        }
        const before = await memoryShot(inner);

        workbook.failNext(action.method, failure);
        act(() => action.act(hook));
        await idle(hook);

        expect(hook.result.current.error).toMatch(action.what);
        expectPlainWords(
          hook.result.current.error,
          hook.result.current.error?.split(" did not work")[0] ?? ""
        );
        expect(changesBetween(before, await memoryShot(inner))).toEqual([]);
        expect(hook.result.current.pendingLeads).toBe(0);

        act(() => hook.result.current.dismissError());
        act(() => action.act(hook));
        await idle(hook);
        expect(hook.result.current.error).toBeNull();
        await action.worked(hook, inner);
      }
    );
  });

  it("when opening (reading settings, finding leads): warns or says so, and finding again works", async () => {
    const inner = createSampleWorkbook(NOW);
    const workbook = new FailingWorkbook(inner);
    workbook.failNext("loadSettings", officeError("GeneralException", "lost"));
    workbook.failNext("findLeads", officeError("ServiceNotAvailable", ""));
    const hook = renderHook(() => useLeadTally(workbook, now));
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(hook.result.current.warnings[0]).toMatch(
      /^Reading the settings saved in the workbook did not work\. Excel reported an unexpected problem/
    );
    expectPlainWords(hook.result.current.error, "Looking for the leads");
    expect(hook.result.current.location).toBeNull();

    act(() => hook.result.current.findLeadsAgain());
    await waitFor(() => expect(hook.result.current.location).not.toBeNull());
    expect(hook.result.current.error).toBeNull();
  });
});

describe("describeError, whatever is thrown", () => {
  const odd: unknown[] = [
    undefined,
    null,
    0,
    Number.NaN,
    "",
    "   ",
    Symbol("x"),
    () => 1,
    [],
    {},
    { code: "" },
    { code: null, message: null },
    { message: "x".repeat(10_000) },
    Object.create(null),
    new Error(""),
    Object.assign(new Error("with a code"), { code: "AccessDenied" }),
  ];

  it.each(odd.map((value) => [String(typeof value), value]))(
    "given a %s: a plain sentence",
    (_, value) => {
      const message = describeError(value, "The tally");
      expectPlainWords(message, "The tally");
      expect(message.length).toBeLessThan(11_000);
    }
  );

  it("given an object whose code and message getters throw: a plain sentence", () => {
    const hostile = {
      get message(): string {
        throw new Error("getter");
      },
      get code(): string {
        throw new Error("getter");
      },
    };
    expectPlainWords(describeError(hostile, "The tally"), "The tally");
  });
});

describe("clicks while reads and writes are under way", () => {
  /** A sample workbook behind gates, opened with the initial reads let through. */
  async function gatedPane() {
    const inner = createSampleWorkbook(NOW);
    const gated = new GatedWorkbook(inner);
    gated.open.add("loadSettings");
    gated.open.add("findLeads");
    gated.open.add("readColumns");
    const hook = await open(gated);
    gated.open.clear();
    return { inner, gated, hook };
  }

  async function releaseAll(gated: GatedWorkbook, hook: Hook, options: { newest?: boolean } = {}) {
    for (let i = 0; i < 200; i++) {
      if (gated.pending.length === 0) {
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
        if (gated.pending.length === 0 && !hook.result.current.busy) return;
        continue;
      }
      await act(async () => {
        gated.release(options);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    throw new Error("the pane never settled");
  }

  it("are queued while a write is held, the pane shows how many wait, and each is written once, in order", async () => {
    const { inner, gated, hook } = await gatedPane();
    const clicks = ["Website", "Referral", "Walk-in", "=1+1", "Website", "Flyer", "Radio"];

    act(() => hook.result.current.recordLead(clicks[0]));
    await waitFor(() => expect(gated.pending.map((call) => call.method)).toEqual(["appendRows"]));
    act(() => {
      for (const source of clicks.slice(1)) hook.result.current.recordLead(source);
    });
    expect(hook.result.current.pendingLeads).toBe(clicks.length);
    expect(hook.result.current.saved).toBe(false);

    await releaseAll(gated, hook);

    expect(hook.result.current.pendingLeads).toBe(0);
    expect(hook.result.current.saved).toBe(true);
    expect((await sourcesOf(inner)).slice(SAMPLE_LEAD_COUNT)).toEqual(clicks);
    expect(gated.maxConcurrentWrites).toBe(1);
  });

  it("are queued behind the tally's read, which counts only the clicks made before it", async () => {
    const { inner, gated, hook } = await gatedPane();
    act(() => hook.result.current.recordLead("Before"));
    act(() => hook.result.current.runTally());
    // The lead's write first, then the tally's read.
    await waitFor(() => expect(gated.pending.map((call) => call.method)).toEqual(["appendRows"]));
    await act(async () => {
      gated.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(gated.pending.map((call) => call.method)).toEqual(["readColumns"]));
    act(() => {
      hook.result.current.recordLead("After 1");
      hook.result.current.recordLead("After 2");
    });
    expect(hook.result.current.pendingLeads).toBe(2);

    await releaseAll(gated, hook);

    expect(hook.result.current.tally?.total.leads).toBe(SAMPLE_LEAD_COUNT + 1);
    expect((await sourcesOf(inner)).slice(SAMPLE_LEAD_COUNT)).toEqual([
      "Before",
      "After 1",
      "After 2",
    ]);
  });

  it("a failed write in the middle of a burst: those leads are reported, the rest written once, in order", async () => {
    const { inner, gated, hook } = await gatedPane();
    act(() => hook.result.current.recordLead("First"));
    await waitFor(() => expect(gated.pending).toHaveLength(1));
    act(() => {
      hook.result.current.recordLead("Lost 1");
      hook.result.current.recordLead("Lost 2");
    });
    // The first write goes through; the second (both waiting leads together) fails.
    await act(async () => {
      gated.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(gated.pending).toHaveLength(1));
    act(() => hook.result.current.recordLead("Next"));
    await act(async () => {
      gated.release({ error: officeError("GeneralException", "The network connection was lost.") });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await releaseAll(gated, hook);

    expect(hook.result.current.error).toMatch(
      /^Saving 2 leads did not work\. Excel reported an unexpected problem/
    );
    expect(hook.result.current.pendingLeads).toBe(0);
    expect((await sourcesOf(inner)).slice(SAMPLE_LEAD_COUNT)).toEqual(["First", "Next"]);
  });

  it("answers that come back out of order (newest first) change nothing of the order", async () => {
    const { inner, gated, hook } = await gatedPane();
    const clicks = Array.from({ length: 12 }, (_, i) => `Source ${i}`);
    for (const [i, source] of clicks.entries()) {
      act(() => hook.result.current.recordLead(source));
      if (i % 3 === 2) act(() => hook.result.current.markOutcome(i % 2 === 0 ? "won" : "lost"));
      if (i === 6) act(() => hook.result.current.runTally());
      if (i % 4 === 0) {
        await act(async () => {
          gated.release({ newest: true });
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
    }
    await releaseAll(gated, hook, { newest: true });

    expect(hook.result.current.error).toBeNull();
    expect((await sourcesOf(inner)).slice(SAMPLE_LEAD_COUNT)).toEqual(clicks);
    expect(gated.maxConcurrentWrites).toBe(1);
  });
});

describe("settings damaged in every way", () => {
  const huge = "x".repeat(5_000_000);
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  const cases: [string, unknown][] = [
    ["text that is not JSON", "{not json"],
    ["JSON null", "null"],
    ["a JSON string", '"settings"'],
    ["a JSON number", "42"],
    ["a JSON array", "[1,2,3]"],
    ["nesting 100,000 deep", deep],
    ["five million characters", huge],
    ["five million characters inside JSON", JSON.stringify({ version: 1, wonLabels: [huge] })],
    ["a version from the future", '{"version":99,"wonLabels":["x"]}'],
    ["a version that is text", '{"version":"1"}'],
    [
      "wrong types everywhere",
      JSON.stringify({
        version: 1,
        leads: "Sheet1!A1",
        mapping: [1, 2, 3],
        wonLabels: "Won",
        lostLabels: [1, 2],
        extraSources: { a: 1 },
        spend: 7,
        balance: { unit: "fortnight" },
      }),
    ],
    [
      "out-of-range numbers",
      JSON.stringify({
        version: 1,
        leads: { sheetName: "Leads", tableName: null, headerRow: -1, firstColumn: 1e9 },
        mapping: { source: 1.5, outcome: -1, date: null, value: null, notes: null },
      }),
    ],
    ["a __proto__ key", '{"version":1,"__proto__":{"polluted":true,"wonLabels":["Hacked"]}}'],
    ["a constructor.prototype key", '{"version":1,"constructor":{"prototype":{"polluted":true}}}'],
    [
      "__proto__ inside a field",
      '{"version":1,"mapping":{"__proto__":{"source":0}},"leads":{"__proto__":{"sheetName":"x"}}}',
    ],
    [
      "an object with __proto__ as its own key",
      JSON.parse('{"version":1,"__proto__":{"polluted":true}}'),
    ],
    ["a number", 42],
    ["a boolean", true],
    ["an array", [DEFAULT_SETTINGS]],
    ["a Map", new Map([["version", 1]])],
    ["a function", () => DEFAULT_SETTINGS],
    ["a BigInt", BigInt(1)],
    ["a Symbol", Symbol("settings")],
    [
      "an object with a throwing getter",
      {
        version: 1,
        get wonLabels(): string[] {
          throw new Error("getter");
        },
      },
    ],
  ];

  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).wonLabels).toBeUndefined();
  });

  it.each(cases)(
    "%s: the pane opens with the defaults, says what was reset, and keeps working",
    async (_, stored) => {
      const workbook = createSampleWorkbook(NOW);
      jest.spyOn(workbook, "loadSettings").mockResolvedValue(stored);
      const hook = await open(workbook);

      expect(hook.result.current.error).toBeNull();
      expect(hook.result.current.location).toMatchObject({ tableName: "Leads" });
      const { settings, warnings } = hook.result.current;
      expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
      expect(settings.wonLabels).not.toContain("Hacked");
      for (const warning of warnings) {
        expect(warning.length).toBeLessThan(300);
        expect(warning).not.toMatch(/\[object|undefined|xxxxxxxxxx/);
      }
      act(() => hook.result.current.recordLead("Website"));
      await idle(hook);
      expect((await sourcesOf(workbook)).slice(SAMPLE_LEAD_COUNT)).toEqual(["Website"]);
    }
  );

  it("damaged settings are reported, not silently taken", async () => {
    for (const stored of ["{not json", '{"version":99}', '{"version":1,"wonLabels":"Won"}']) {
      const workbook = createSampleWorkbook(NOW);
      jest.spyOn(workbook, "loadSettings").mockResolvedValue(stored);
      const hook = await open(workbook);
      expect(hook.result.current.warnings.length).toBeGreaterThan(0);
      hook.unmount();
    }
  });

  it("parseSettings never throws, and always gives settings of the right shape (random input)", () => {
    const stored = fc.oneof(
      fc.anything({
        maxDepth: 3,
        withBigInt: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
      }),
      fc.json(),
      fc.string(),
      fc.record(
        {
          version: fc.oneof(fc.constant(1), fc.anything()),
          leads: fc.anything(),
          mapping: fc.anything(),
          wonLabels: fc.oneof(fc.array(fc.string()), fc.anything()),
          lostLabels: fc.anything(),
          extraSources: fc.anything(),
          spend: fc.anything(),
          balance: fc.anything(),
          __proto__: fc.anything(),
        },
        { requiredKeys: ["version"] }
      ),
      fc
        .record({ version: fc.constant(1), leads: fc.anything() })
        .map((value) => JSON.stringify(value))
    );
    fc.assert(
      fc.property(stored, (value) => {
        const { settings, problems } = parseSettings(value);
        expect(settings.version).toBe(1);
        expect(Array.isArray(settings.wonLabels) && Array.isArray(settings.lostLabels)).toBe(true);
        expect(
          settings.wonLabels.every((label) => typeof label === "string" && label.length <= 255)
        ).toBe(true);
        expect(settings.extraSources.length).toBeLessThanOrEqual(200);
        expect(
          problems.every((problem) => typeof problem === "string" && problem.length < 300)
        ).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 }
    );
  });

  it("a workbook whose own settings store is damaged still opens (MemoryWorkbook)", async () => {
    const workbook = new MemoryWorkbook({
      settings:
        '{"version":1,"leads":{"sheetName":"Gone","tableName":"Gone","headerRow":0,"firstColumn":0}}',
      sheets: [{ name: "Leads", tableName: "Leads", rows: [["Date", "Source", "Outcome"]] }],
    });
    const hook = await open(workbook);
    expect(hook.result.current.location).toMatchObject({ tableName: "Leads" });
    expect(hook.result.current.error).toBeNull();
  });
});
