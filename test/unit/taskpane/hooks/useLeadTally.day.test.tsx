/** @jest-environment jsdom */
// Issue 10: outcome labels that add up, a mapping that checks itself, a working day's recording.
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import { DEFAULT_WON_LABELS, outcomeRules, tallyBySource } from "../../../../src/engine";
import { outcomeValues } from "../../../../src/engine/outcomeClasses";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook } from "../../../../src/workbook/sampleLeads";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY_SERIAL = 46096; // 2026-03-15
const now = () => NOW;

async function open(workbook: MemoryWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.cells).not.toBeNull());
  return hook;
}

async function idle(hook: Awaited<ReturnType<typeof open>>) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
}

async function lastRow(workbook: MemoryWorkbook) {
  const [location] = await workbook.findLeads();
  const columns = await workbook.readColumns(location, [0, 1, 2, 3, 4]);
  // A cell left alone reads back as "" (empty), as Excel's values do.
  return columns.map((column) => column[column.length - 1]);
}

describe("useLeadTally on a working day", () => {
  it("lists the outcome values with counts; adding Booked to won keeps the other wins", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const valuesOf = () => {
      const { cells, settings } = hook.result.current;
      return outcomeValues(cells?.outcomes ?? [], settings.wonLabels, settings.lostLabels);
    };
    const values = valuesOf();
    const won = values.filter((value) => value.outcome === "won");
    const wonBefore = won.reduce((sum, value) => sum + value.count, 0);
    expect(wonBefore).toBeGreaterThan(0);

    let problem: string | null = "";
    await act(async () => {
      problem = await hook.result.current.classifyOutcome("Booked", "won");
    });
    expect(problem).toBeNull();
    expect(hook.result.current.settings.wonLabels).toEqual([...DEFAULT_WON_LABELS, "Booked"]);
    const after = valuesOf().filter((v) => v.outcome === "won");
    expect(after.reduce((sum, value) => sum + value.count, 0)).toBe(wonBefore);
    await idle(hook);
    expect(JSON.parse(JSON.stringify(await workbook.loadSettings())).wonLabels).toContain("Booked");
  });

  it("refuses Open as a won label and a label on both lists, saving nothing", async () => {
    const hook = await open(createSampleWorkbook(NOW));
    let problem: string | null = null;
    await act(async () => {
      problem = await hook.result.current.classifyOutcome("Open", "won");
    });
    expect(problem).toBe('"Open" always means a lead still open.');
    act(() => {
      problem = hook.result.current.setOutcomeLabels("Won, Lost", "Lost");
    });
    expect(problem).toBe('"Lost" cannot be both won and lost. Nothing was saved.');
    expect(hook.result.current.settings.wonLabels).toEqual([]);
  });

  it("refuses two fields on one column, naming both, and changes nothing", async () => {
    const hook = await open(createSampleWorkbook(NOW));
    const before = hook.result.current.mapping;
    let problem: string | null = null;
    act(() => {
      problem = hook.result.current.chooseColumn("outcome", before?.source ?? 1);
    });
    expect(problem).toBe(
      'Outcome and Source cannot both be the column "Source". Choose another column for one of them.'
    );
    expect(hook.result.current.mapping).toEqual(before);
  });

  it("records a lead for yesterday with a note, and the day is remembered", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.setLeadDay({ kind: "yesterday" }));
    act(() => hook.result.current.recordLead("Walk-in", "  Mrs Patel, kitchen  "));
    await idle(hook);
    expect(await lastRow(workbook)).toEqual([
      TODAY_SERIAL - 1,
      "Walk-in",
      "Open",
      "",
      "Mrs Patel, kitchen",
    ]);
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    expect(await lastRow(workbook)).toEqual([TODAY_SERIAL - 1, "Website", "Open", "", ""]);
    act(() => hook.result.current.setLeadDay({ kind: "date", iso: "2026-03-02" }));
    act(() => hook.result.current.recordLead("Referral"));
    await idle(hook);
    expect((await lastRow(workbook))[0]).toBe(TODAY_SERIAL - 13);
  });

  it("asks for the job's value after Mark won and writes it to the Value column; Skip writes nothing", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect(hook.result.current.valueFor?.source).toBe("Website");
    let problem: string | null = null;
    act(() => {
      problem = hook.result.current.saveValue("about a grand");
    });
    expect(problem).toMatch(/^Type the job's value as a number/);
    act(() => {
      problem = hook.result.current.saveValue("$1,250.50");
    });
    expect(problem).toBeNull();
    await idle(hook);
    expect(await lastRow(workbook)).toEqual([TODAY_SERIAL, "Website", "Won", 1250.5, ""]);
    expect(hook.result.current.valueFor).toBeNull();

    act(() => hook.result.current.recordLead("Referral"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    act(() => hook.result.current.skipValue());
    expect(hook.result.current.valueFor).toBeNull();
    expect(await lastRow(workbook)).toEqual([TODAY_SERIAL, "Referral", "Won", "", ""]);
  });

  it("keeps the cells it shows current: the summary's sources and outcomes follow the writes", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    const [location] = await workbook.findLeads();
    const [sources, outcomes] = await workbook.readColumns(location, [1, 2]);
    const cells = hook.result.current.cells;
    expect(tallyBySource(cells?.sources ?? [], cells?.outcomes ?? null, outcomeRules())).toEqual(
      tallyBySource(sources, outcomes, outcomeRules())
    );
  });
});

describe("useLeadTally tidying the sources", () => {
  async function sourceCounts(workbook: MemoryWorkbook) {
    const [location] = await workbook.findLeads();
    const [sources] = await workbook.readColumns(location, [1]);
    const counts: Record<string, number> = {};
    for (const cell of sources) counts[String(cell)] = (counts[String(cell)] ?? 0) + 1;
    return { sources, counts };
  }

  it("merges Walk in into Walk-in with one call, then Undo puts every cell back", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const before = await sourceCounts(workbook);
    expect(before.counts["Walk in"]).toBeGreaterThan(0);
    const walkIns = before.counts["Walk-in"] + before.counts["Walk in"];

    act(() => hook.result.current.mergeSources("Walk-in", ["Walk in"]));
    await idle(hook);
    await waitFor(() => expect(hook.result.current.merged?.cells).toBe(before.counts["Walk in"]));
    const after = await sourceCounts(workbook);
    expect(after.counts["Walk in"]).toBeUndefined();
    expect(after.counts["Walk-in"]).toBe(walkIns);
    // Only the Walk in cells changed.
    after.sources.forEach((cell, row) => {
      if (before.sources[row] !== "Walk in") expect(cell).toBe(before.sources[row]);
    });

    act(() => hook.result.current.undoMerge());
    await idle(hook);
    expect((await sourceCounts(workbook)).sources).toEqual(before.sources);
    expect(hook.result.current.merged).toBeNull();
    expect(hook.result.current.notice).toMatch(/^Merge undone: \d+ cells back as they were\.$/);
  });

  it("Undo leaves a cell the owner changed since the merge", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const before = await sourceCounts(workbook);
    const row = before.sources.indexOf("Walk in");
    act(() => hook.result.current.mergeSources("Walk-in", ["Walk in"]));
    await idle(hook);
    const [location] = await workbook.findLeads();
    await workbook.setCell(location, row, 1, "Referral");
    act(() => hook.result.current.undoMerge());
    await idle(hook);
    const after = await sourceCounts(workbook);
    expect(after.sources[row]).toBe("Referral");
    expect(hook.result.current.notice).toMatch(/; 1 changed since were left as they are\.$/);
  });
});
