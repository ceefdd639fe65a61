/** @jest-environment jsdom */
/**
 * Mark won and Mark lost (useMarkOutcome, through useLeadTally as the pane uses it): the outcome
 * and the closed date go in one workbook call, both or neither; the day is today unless the owner
 * picks another; without a Closed column only the outcome is written.
 */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook, SAMPLE_LEAD_COUNT } from "../../../../src/workbook/sampleLeads";
import type { LeadWorkbook } from "../../../../src/workbook/workbook";
import { FailingWorkbook, officeError } from "../../../support/trust";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY_SERIAL = 46096; // 2026-03-15
const now = () => NOW;
// The sample leads' columns: Date, Source, Outcome, Value, Notes, Closed.
const SOURCE = 1;
const OUTCOME = 2;
const VALUE = 3;
const CLOSED = 5;

async function open(workbook: LeadWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.sources.length).toBeGreaterThan(0));
  return hook;
}

type Hook = Awaited<ReturnType<typeof open>>;

async function idle(hook: Hook) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
}

async function rowOf(workbook: LeadWorkbook, row: number, columns: number[]) {
  const [location] = await workbook.findLeads();
  const cells = await workbook.readColumns(location, columns);
  return cells.map((column) => column[row]);
}

/** Records one lead from the pane: the target of Mark won and Mark lost. */
async function recordOne(hook: Hook) {
  act(() => hook.result.current.recordLead("Website"));
  await idle(hook);
}

describe("useMarkOutcome", () => {
  it("refuses a picked closed day that is no date, and writes nothing", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    await recordOne(hook);
    act(() => hook.result.current.setClosedDay({ kind: "date", iso: "" }));
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect(hook.result.current.error).toBe(
      "The closed date is not a date: pick a day, or choose Today."
    );
    expect(await rowOf(workbook, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual(["Open", ""]);
  });

  it("Mark won writes the outcome and today's date in the Closed column in one call, then asks for the value", async () => {
    const inner = createSampleWorkbook(NOW);
    const workbook = new FailingWorkbook(inner);
    const hook = await open(workbook);
    await recordOne(hook);
    const calls = workbook.calls.length;
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect(workbook.calls.slice(calls)).toEqual(["setRowCells"]);
    expect(await rowOf(inner, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual(["Won", TODAY_SERIAL]);
    expect(inner.listSheets()[0].rows[SAMPLE_LEAD_COUNT + 1][CLOSED]).toBe("2026-03-15");
    expect(hook.result.current.notice).toBe(
      `Row ${SAMPLE_LEAD_COUNT + 2} (Website) marked Won, closed 2026-03-15.`
    );
    expect(hook.result.current.valueFor?.dataRow).toBe(SAMPLE_LEAD_COUNT);
    act(() => {
      hook.result.current.saveValue("1,200");
    });
    await idle(hook);
    expect(await rowOf(inner, SAMPLE_LEAD_COUNT, [VALUE])).toEqual([1200]);
  });

  it("writes the day the owner picked (yesterday, another day), kept for the next marks", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    await recordOne(hook);
    act(() => hook.result.current.setClosedDay({ kind: "yesterday" }));
    act(() => hook.result.current.markOutcome("lost"));
    await idle(hook);
    expect(await rowOf(workbook, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual([
      "Lost",
      TODAY_SERIAL - 1,
    ]);
    expect(hook.result.current.valueFor).toBeNull();
    act(() => hook.result.current.setClosedDay({ kind: "date", iso: "2026-03-02" }));
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect(await rowOf(workbook, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual([
      "Won",
      TODAY_SERIAL - 13,
    ]);
    expect(hook.result.current.closedDay).toEqual({ kind: "date", iso: "2026-03-02" });
  });

  it("refuses to mark a row that no longer holds the lead chosen (the sheet was sorted), writing nothing", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const before = await rowOf(workbook, 3, [SOURCE, OUTCOME, CLOSED]);
    const other = before[0] === "Walk-in" ? "Referral" : "Walk-in";
    act(() =>
      hook.result.current.markOutcome("won", {
        kind: "listed",
        dataRow: 3,
        sheetRow: 5,
        source: other,
      })
    );
    await idle(hook);
    expect(hook.result.current.error).toMatch(
      new RegExp(`^Marking row 5 as Won did not work.*Row 5 .*no longer holds the lead`)
    );
    expect(await rowOf(workbook, 3, [SOURCE, OUTCOME, CLOSED])).toEqual(before);
  });

  it("marks the lead it is given (the chase list's) rather than the current target", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    await recordOne(hook);
    // Not already marked so: the assertion below could fail.
    expect(await rowOf(workbook, 3, [OUTCOME, CLOSED])).not.toEqual(["Won", TODAY_SERIAL]);
    const [source] = (await rowOf(workbook, 3, [SOURCE])) as string[];
    act(() =>
      hook.result.current.markOutcome("won", { kind: "selected", dataRow: 3, sheetRow: 5, source })
    );
    await idle(hook);
    expect(await rowOf(workbook, 3, [OUTCOME, CLOSED])).toEqual(["Won", TODAY_SERIAL]);
    expect(await rowOf(workbook, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual(["Open", ""]);
    expect(hook.result.current.notice).toBe(`Row 5 (${source}) marked Won, closed 2026-03-15.`);
    expect(hook.result.current.valueFor?.dataRow).toBe(3);
  });

  it("a failed combined write leaves the outcome and the Closed cell as they were, and says so", async () => {
    const inner = createSampleWorkbook(NOW);
    const workbook = new FailingWorkbook(inner);
    const hook = await open(workbook);
    await recordOne(hook);
    workbook.failNext("setRowCells", officeError("AccessDenied", "The sheet is protected."));
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect(hook.result.current.error).toMatch(
      new RegExp(`^Marking row ${SAMPLE_LEAD_COUNT + 2} as Won did not work`)
    );
    expect(await rowOf(inner, SAMPLE_LEAD_COUNT, [OUTCOME, CLOSED])).toEqual(["Open", ""]);
    expect(hook.result.current.valueFor).toBeNull();
  });

  it("without a Closed column writes the outcome only and leaves every other cell alone", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            ["Date", "Source", "Outcome", "Remarks"],
            [46090, "Website", "Open", "call back"],
          ],
        },
      ],
    });
    const hook = await open(workbook);
    expect(hook.result.current.mapping?.closed).toBeNull();
    workbook.select("Leads", 1, 1);
    act(() => hook.result.current.targetSelectedRow());
    await waitFor(() => expect(hook.result.current.target?.kind).toBe("selected"));
    act(() => hook.result.current.markOutcome("lost"));
    await idle(hook);
    expect(await rowOf(workbook, 0, [0, 1, 2, 3])).toEqual([46090, "Website", "Lost", "call back"]);
    expect(hook.result.current.notice).toBe("Row 2 (Website) marked Lost.");
    expect((await workbook.findLeads())[0].headers).toEqual([
      "Date",
      "Source",
      "Outcome",
      "Remarks",
    ]);
  });
});
