/** @jest-environment jsdom */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import {
  isoTextOfSerialDay,
  openLeadsByAgeFormula,
  serialDayFromCell,
} from "../../../../src/engine";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook } from "../../../../src/workbook/sampleLeads";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY_SERIAL = 46096; // 2026-03-15
const now = () => NOW;

async function open(workbook: MemoryWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.openLeads).not.toBeNull());
  return hook;
}

async function idle(hook: Awaited<ReturnType<typeof open>>) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
}

async function columns(workbook: MemoryWorkbook, wanted: number[]) {
  const [location] = await workbook.findLeads();
  return workbook.readColumns(location, wanted);
}

describe("useOpenLeads (through useLeadTally)", () => {
  it("is nothing until the leads are read", () => {
    const workbook = createSampleWorkbook(NOW);
    const { result } = renderHook(() => useLeadTally(workbook, now));
    expect(result.current.openLeads).toBeNull();
  });

  it("counts the sample's open leads as OPEN_LEADS_BY_AGE does, to the pane's day", async () => {
    const workbook = createSampleWorkbook(NOW);
    const { result } = await open(workbook);
    const [dates, outcomes] = await columns(workbook, [0, 2]);
    const table = openLeadsByAgeFormula(
      dates.map((cell) => [cell]),
      outcomes.map((cell) => [cell]),
      TODAY_SERIAL,
      null,
      null,
      TODAY_SERIAL
    );
    if (!table.ok) throw new Error(table.error.message);
    const view = result.current.openLeads!;
    expect(view.byAge).toEqual(table.value.slice(1).map(([, count]) => count));
    expect(view.open).toBeGreaterThan(view.chase.length);
    expect(view.chaseAfterDays).toBe(30);
  });

  it("lists the open leads older than 30 days oldest first, with their row, date, source and notes", async () => {
    const workbook = createSampleWorkbook(NOW);
    const { result } = await open(workbook);
    const [dates, sources, outcomes, notes] = await columns(workbook, [0, 1, 2, 4]);
    const chase = result.current.openLeads!.chase;
    expect(chase.length).toBeGreaterThan(1);
    for (const row of chase) {
      const index = row.lead.dataRow;
      expect(["Open", ""]).toContain(outcomes[index]);
      const day = serialDayFromCell(dates[index])!;
      expect(TODAY_SERIAL - day).toBeGreaterThan(30);
      expect(row.date).toBe(isoTextOfSerialDay(day));
      expect(row.sheetRow).toBe(index + 2); // the sample table's header is on row 1
      expect(row.lead.source).toBe(String(sources[index]).trim());
      expect(row.lead.notes).toBe(String(notes[index] ?? ""));
    }
    const days = chase.map((row) => row.lead.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it("marks a chase-list lead lost in its own row: it leaves the list, with no second read", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const before = hook.result.current.openLeads!;
    const [oldest] = before.chase;
    const reads = jest.spyOn(workbook, "readColumns");
    act(() => hook.result.current.markOpenLead("lost", oldest));
    await idle(hook);
    // The list follows from the leads as the pane keeps them, not from reading them again.
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect((await columns(workbook, [2]))[0][oldest.lead.dataRow]).toBe("Lost");
    const after = hook.result.current.openLeads!;
    expect(after.chase.map((row) => row.lead.dataRow)).toEqual(
      before.chase.slice(1).map((row) => row.lead.dataRow)
    );
    expect(after.open).toBe(before.open - 1);
    expect(hook.result.current.notice).toMatch(
      new RegExp(`^Row ${oldest.sheetRow} .*marked Lost, closed 2026-03-15\\.$`)
    );
    // The lead Mark won and Mark lost point at is left as it was.
    expect(hook.result.current.target).toBeNull();
  });

  it("asks for the job's value after Mark won from the list, for that row", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const [oldest] = hook.result.current.openLeads!.chase;
    act(() => hook.result.current.markOpenLead("won", oldest));
    await idle(hook);
    expect(hook.result.current.valueFor).toMatchObject({
      dataRow: oldest.lead.dataRow,
      sheetRow: oldest.sheetRow,
    });
    act(() => {
      expect(hook.result.current.saveValue("1,200")).toBeNull();
    });
    await idle(hook);
    expect((await columns(workbook, [3]))[0][oldest.lead.dataRow]).toBe(1200);
  });

  it("keeps the notes it shows current as leads are recorded and undone, without reading again", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const [notes] = await columns(workbook, [4]);
    expect(hook.result.current.cells?.notes).toEqual(notes);
    act(() => hook.result.current.recordLead("Website", "  Mrs Patel  "));
    await idle(hook);
    act(() => hook.result.current.recordLead("Referral"));
    await idle(hook);
    expect(hook.result.current.cells?.notes?.slice(-2)).toEqual(["Mrs Patel", null]);
    act(() => hook.result.current.undoLastLead());
    await idle(hook);
    expect(hook.result.current.cells?.notes?.slice(-1)).toEqual(["Mrs Patel"]);
    expect(hook.result.current.cells?.notes).toHaveLength(notes.length + 1);
  });

  it("saves N in the workbook, refuses what is not whole days from 1 to 3650, and re-lists", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const at30 = hook.result.current.openLeads!.chase.length;
    let problem: string | null = null;
    act(() => {
      problem = hook.result.current.setChaseAfterDays("0");
    });
    expect(problem).toBe("Type a whole number of days from 1 to 3,650.");
    expect(hook.result.current.settings.chaseAfterDays).toBe(30);
    act(() => {
      problem = hook.result.current.setChaseAfterDays("7");
    });
    expect(problem).toBeNull();
    await idle(hook);
    expect(hook.result.current.openLeads!.chaseAfterDays).toBe(7);
    expect(hook.result.current.openLeads!.chase.length).toBeGreaterThan(at30);
    expect(hook.result.current.openLeads!.chase.every((row) => row.lead.age > 7)).toBe(true);
    expect(await workbook.loadSettings()).toMatchObject({ chaseAfterDays: 7 });
  });
});
