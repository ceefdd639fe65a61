/** @jest-environment jsdom */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import {
  GeneratedSheet,
  NO_RATE,
  conversionTimeOf,
  daysToConvertFormula,
  leadsByOutcomeFormula,
  keyOfSource,
} from "../../../../src/engine";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook } from "../../../../src/workbook/sampleLeads";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY_SERIAL = 46096; // 2026-03-15
const now = () => NOW;

async function open(workbook: MemoryWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.sources.length).toBeGreaterThan(0));
  return hook;
}

async function idle(hook: Awaited<ReturnType<typeof open>>) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
}

async function leadColumns(workbook: MemoryWorkbook, columns: number[]) {
  const [location] = await workbook.findLeads();
  return workbook.readColumns(location, columns);
}

describe("useLeadTally", () => {
  it("warns about damaged settings and carries on with the defaults", async () => {
    const workbook = createSampleWorkbook(NOW);
    await workbook.saveSettings({ version: 1, mapping: "Source is column B", extraSources: [42] });
    const { result } = await open(workbook);
    expect(result.current.warnings).toEqual([
      "The saved column choices could not be used and were reset.",
      "The saved added sources could not be used and were reset.",
    ]);
    expect(result.current.mapping).toEqual({
      date: 0,
      source: 1,
      outcome: 2,
      value: 3,
      notes: 4,
      closed: 5,
    });
    act(() => result.current.dismissWarnings());
    expect(result.current.warnings).toEqual([]);
  });

  it("refuses to tally an Excel error value in the leads, naming its row and column, and writes no sheet", async () => {
    // The adapter hands an error cell over as the error value the functions get ({ code }).
    const workbook = createSampleWorkbook(NOW);
    const read = workbook.readColumns.bind(workbook);
    jest.spyOn(workbook, "readColumns").mockImplementation(async (location, columns, progress) => {
      const cells = await read(location, columns, progress);
      return cells.map((column, index) =>
        columns[index] === 1
          ? column.map((cell, row) => (row === 4 ? { code: "#N/A" } : cell))
          : column
      );
    });
    const hook = await open(workbook);
    act(() => hook.result.current.runTally());
    await idle(hook);
    expect(hook.result.current.error).toBe(
      'The tally did not work: Row 5 of the column "Source" holds the Excel error #N/A, which no ' +
        "worksheet function would count either: correct that cell, then try again."
    );
    expect(workbook.listSheets().map((sheet) => sheet.name)).not.toContain("Lead Tally");
    // The buttons offer the data's sources, never the error.
    expect(hook.result.current.sources).not.toContain("#N/A");
  });

  it("warns when the saved settings are not even JSON", async () => {
    const workbook = new MemoryWorkbook({ settings: "{not json" });
    const { result } = await open(workbook);
    expect(result.current.warnings).toEqual([
      "The saved settings could not be read; the defaults are used.",
    ]);
    expect(result.current.location).toBeNull();
  });

  it("reports a workbook that cannot be read, in words, without crashing", async () => {
    const workbook = createSampleWorkbook(NOW);
    jest.spyOn(workbook, "findLeads").mockRejectedValue({ code: "AccessDenied", message: "" });
    const { result } = await open(workbook);
    expect(result.current.error).toMatch(
      /^Looking for the leads did not work\. Excel did not allow/
    );
    expect(result.current.location).toBeNull();
  });

  it("finds the sample leads, guesses the columns and offers their sources then the usual ones", async () => {
    const { result } = await open(createSampleWorkbook(NOW));
    expect(result.current.location).toMatchObject({ tableName: "Leads", rowCount: 60 });
    expect(result.current.locationIndex).toBe(0);
    expect(result.current.sources).toEqual(
      expect.arrayContaining(["Website", "Walk-in", "Phone enquiry", "Advertising", "Direct mail"])
    );
    // "website " and "WEBSITE" are the same source as "Website": one button.
    expect(result.current.sources.filter((s) => s.toLowerCase().trim() === "website")).toHaveLength(
      1
    );
  });

  it("records twenty fast clicks as twenty rows, in click order, with today's date and Open", async () => {
    const workbook = createSampleWorkbook(NOW);
    const appends = jest.spyOn(workbook, "appendRows");
    const hook = await open(workbook);
    const clicked = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? "Website" : `Source ${i}`));
    act(() => {
      for (const source of clicked.slice(0, 12)) hook.result.current.recordLead(source);
    });
    expect(hook.result.current.pendingLeads).toBe(12);
    expect(hook.result.current.saved).toBe(false);
    await act(async () => {
      await Promise.resolve(); // the first write starts; the rest land while it runs
      for (const source of clicked.slice(12)) hook.result.current.recordLead(source);
    });
    await idle(hook);

    expect(hook.result.current.pendingLeads).toBe(0);
    expect(hook.result.current.saved).toBe(true);
    const [dates, sources, outcomes, values] = await leadColumns(workbook, [0, 1, 2, 3]);
    expect(sources.slice(60)).toEqual(clicked);
    expect(dates.slice(60)).toEqual(new Array(20).fill(TODAY_SERIAL));
    expect(outcomes.slice(60)).toEqual(new Array(20).fill("Open"));
    expect(values.slice(60)).toEqual(new Array(20).fill(""));
    expect(appends.mock.calls.length).toBeLessThan(20);
    expect(hook.result.current.location?.rowCount).toBe(80);
    expect(hook.result.current.target).toEqual({
      kind: "last",
      dataRow: 79,
      sheetRow: 81,
      source: clicked[19],
    });
  });

  it("reports a failed save once, and the next click is saved as usual", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    jest
      .spyOn(workbook, "appendRows")
      .mockRejectedValueOnce({ code: "AccessDenied", message: "The sheet is protected." });
    act(() => hook.result.current.recordLead("Referral"));
    await idle(hook);
    expect(hook.result.current.error).toMatch(
      /^Saving the lead from Referral did not work\. Excel did not allow/
    );
    expect(hook.result.current.pendingLeads).toBe(0);
    expect((await leadColumns(workbook, [1]))[0]).toHaveLength(60);

    act(() => hook.result.current.dismissError());
    act(() => hook.result.current.recordLead("Walk-in"));
    await idle(hook);
    expect(hook.result.current.error).toBeNull();
    const [sources] = await leadColumns(workbook, [1]);
    expect(sources.slice(60)).toEqual(["Walk-in"]);
  });

  it("marks the last lead won or lost, even one clicked just before and not yet written", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    expect(hook.result.current.target).toBeNull();
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect((await leadColumns(workbook, [2]))[0][60]).toBe("Won");
    expect(hook.result.current.notice).toBe("Row 62 (Website) marked Won, closed 2026-03-15.");

    // Clicked and marked in one go: the mark waits in the queue behind the lead.
    act(() => {
      hook.result.current.recordLead("Referral");
      hook.result.current.markOutcome("lost");
    });
    await idle(hook);
    expect((await leadColumns(workbook, [2]))[0].slice(60)).toEqual(["Won", "Lost"]);
    expect(hook.result.current.notice).toBe("Row 63 (Referral) marked Lost, closed 2026-03-15.");
  });

  it("marks with the owner's first won and lost labels when they have set some", async () => {
    const workbook = createSampleWorkbook(NOW);
    await workbook.saveSettings({
      version: 1,
      wonLabels: [" ", "Signed", "Client"],
      lostLabels: ["Went elsewhere"],
    });
    const hook = await open(workbook);
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    expect((await leadColumns(workbook, [2]))[0][60]).toBe("Signed");
    act(() => hook.result.current.markOutcome("lost"));
    await idle(hook);
    expect((await leadColumns(workbook, [2]))[0][60]).toBe("Went elsewhere");
  });

  it("refuses labels it could not save, and saves the owner's won and lost labels for marks and the tally", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    let problem: string | null = null;
    act(() => {
      problem = hook.result.current.setOutcomeLabels("x".repeat(300), "");
    });
    expect(problem).toMatch(/is too long for a label/);

    act(() => {
      problem = hook.result.current.setOutcomeLabels(
        " Signed , client, signed,, ",
        "Went elsewhere"
      );
    });
    expect(problem).toBeNull();
    expect(hook.result.current.settings.wonLabels).toEqual(["Signed", "client"]);
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    act(() => hook.result.current.markOutcome("won"));
    act(() => hook.result.current.runTally());
    await idle(hook);
    expect((await leadColumns(workbook, [2]))[0][60]).toBe("Signed");
    expect(await workbook.loadSettings()).toMatchObject({
      wonLabels: ["Signed", "client"],
      lostLabels: ["Went elsewhere"],
    });
    const tallySheet = workbook.listSheets().find((sheet) => sheet.name === "Lead Tally");
    expect(tallySheet?.rows[3].slice(0, 2)).toEqual(["Won labels", "Signed, client"]);
    // "Won", "won" and "Lost" in the sample are not the owner's labels any more: open.
    expect(hook.result.current.tally?.total.won).toBe(
      (await leadColumns(workbook, [2]))[0].filter((o) =>
        ["signed", "client"].includes(String(o).toLowerCase())
      ).length
    );
  });

  it("marks the row selected in the sheet when asked to use it", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.targetSelectedRow());
    await waitFor(() =>
      expect(hook.result.current.notice).toBe("Select a cell in a lead's row in the sheet first.")
    );
    workbook.select("Leads", 5, 1); // sheet row 6: the fifth lead
    act(() => hook.result.current.targetSelectedRow());
    await waitFor(() => expect(hook.result.current.target?.kind).toBe("selected"));
    const [sources] = await leadColumns(workbook, [1]);
    expect(hook.result.current.target).toMatchObject({ dataRow: 4, sheetRow: 6 });
    expect(hook.result.current.target?.source).toBe(String(sources[4]).trim() || null);
    act(() => hook.result.current.markOutcome("lost"));
    await idle(hook);
    const [outcomes] = await leadColumns(workbook, [2]);
    expect(outcomes[4]).toBe("Lost");
    expect(outcomes.filter((o) => o === "Lost").length).toBeGreaterThan(0);
  });

  it("tallies into the Lead Tally sheet with the numbers of LEADS_BY_OUTCOME on the same columns", async () => {
    const workbook = createSampleWorkbook(NOW);
    const written: GeneratedSheet[] = [];
    const write = workbook.writeGeneratedSheet.bind(workbook);
    jest.spyOn(workbook, "writeGeneratedSheet").mockImplementation(async (sheet) => {
      written.push(sheet);
      return write(sheet);
    });
    const hook = await open(workbook);
    act(() => hook.result.current.recordLead("Website")); // counted: clicked before the tally
    act(() => hook.result.current.runTally());
    expect(hook.result.current.tallying).toBe(true);
    await idle(hook);
    expect(hook.result.current.tallying).toBe(false);
    expect(hook.result.current.error).toBeNull();

    const [sources, outcomes] = await leadColumns(workbook, [1, 2]);
    const formula = leadsByOutcomeFormula(
      sources.map((cell) => [cell]),
      outcomes.map((cell) => [cell])
    );
    if (!formula.ok) throw new Error(formula.error.message);
    const expected = formula.value.map((row) =>
      row.map((cell) => (typeof cell === "object" ? NO_RATE : cell))
    );
    const sheet = written[0];
    expect(sheet.rows.slice(8, 8 + expected.length).map((row) => row.slice(0, 7))).toEqual(
      expected
    );
    expect(sheet.rows[5]).toEqual(["Leads", 61, null, null, null, null, null, null, null]);

    // The sample maps a Closed column: each source's median days to convert, as DAYS_TO_CONVERT
    // gives it on that source's rows, on the sheet and in the pane; blank (null) without a lag.
    const [dates, closed] = await leadColumns(workbook, [0, 5]);
    const time = hook.result.current.tally?.time;
    if (time === null || time === undefined) throw new Error("no time to convert");
    let measured = 0;
    for (const group of hook.result.current.tally?.groups ?? []) {
      const rows = sources.flatMap((cell, row) =>
        keyOfSource(cell).key === group.key ? [row] : []
      );
      const column = (cells: unknown[]) => rows.map((row) => [cells[row]]);
      const days = daysToConvertFormula(column(dates), column(closed), column(outcomes));
      const shown = conversionTimeOf(time, group.key);
      expect(shown.medianDays).toBe(days.ok ? days.value : null);
      const sheetRow = sheet.rows.find((row) => row[0] === group.label);
      expect(sheetRow?.slice(7)).toEqual([shown.medianDays ?? NO_RATE, shown.clients]);
      measured += shown.clients;
    }
    expect(measured).toBe(time.total.clients);
    expect(time.total.clients).toBeGreaterThan(0);
    expect(hook.result.current.tally).toMatchObject({
      sheetName: "Lead Tally",
      preferredName: "Lead Tally",
      total: { leads: 61 },
    });
    expect(
      hook.result.current.tally?.groups.map((g) => [g.label, g.leads, g.won, g.lost, g.open])
    ).toEqual(expected.slice(1).map((row) => row.slice(0, 5)));
    expect(workbook.listSheets().map((s) => s.name)).toEqual(["Leads", "Spend", "Lead Tally"]);
  });

  it("saves the column choices and added sources in the workbook, and reads them back on opening", async () => {
    const workbook = createSampleWorkbook(NOW);
    const first = await open(workbook);
    act(() => first.result.current.chooseColumn("value", null));
    let problem: string | null = null;
    act(() => {
      problem = first.result.current.addSource("  Flyer  ");
    });
    expect(problem).toBeNull();
    act(() => {
      problem = first.result.current.addSource("flyer");
    });
    expect(problem).toBe("There is already a button for Flyer.");
    act(() => {
      problem = first.result.current.addSource("   ");
    });
    expect(problem).toBe("Type the name of the source first.");
    await idle(first);
    expect(first.result.current.sources).toContain("Flyer");
    first.unmount();

    expect(await workbook.loadSettings()).toMatchObject({
      version: 1,
      leads: { sheetName: "Leads", tableName: "Leads", headerRow: 0, firstColumn: 0 },
      mapping: { date: 0, source: 1, outcome: 2, value: null, notes: 4, closed: 5 },
      wonLabels: [],
      lostLabels: [],
      extraSources: ["Flyer"],
    });
    const second = await open(workbook);
    expect(second.result.current.mapping).toEqual({
      date: 0,
      source: 1,
      outcome: 2,
      value: null,
      notes: 4,
      closed: 5,
    });
    expect(second.result.current.sources[second.result.current.sources.length - 1]).toBe("Flyer");
    expect(second.result.current.warnings).toEqual([]);
  });

  it("finds the leads again on request, after the owner has added a table", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Sheet1", rows: [["Hello"]] }] });
    const hook = await open(workbook);
    expect(hook.result.current.locations).toEqual([]);
    workbook.addSheet({
      name: "Enquiries",
      tableName: "Enquiries",
      rows: [
        ["When", "Channel", "Status"],
        ["2026-03-01", "Flyer", "Won"],
      ],
    });
    act(() => hook.result.current.findLeadsAgain());
    expect(hook.result.current.loading).toBe(true);
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(hook.result.current.location).toMatchObject({ tableName: "Enquiries", rowCount: 1 });
    expect(hook.result.current.mapping).toMatchObject({ source: 1, outcome: 2, date: null });
    await waitFor(() => expect(hook.result.current.sources[0]).toBe("Flyer"));
  });

  it("creates a Leads table when there are no leads, and records into it", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Sheet1", rows: [["Hello"]] }] });
    const hook = await open(workbook);
    expect(hook.result.current.location).toBeNull();
    act(() => hook.result.current.recordLead("Website"));
    expect(hook.result.current.error).toBe("Choose the leads and their Source column first.");

    act(() => hook.result.current.createLeadsTable());
    await idle(hook);
    expect(hook.result.current.location).toMatchObject({
      sheetName: "Leads",
      tableName: "Leads",
      rowCount: 0,
    });
    act(() => hook.result.current.recordLead("Website"));
    await idle(hook);
    expect(workbook.listSheets()[1].rows).toEqual([
      ["Date", "Source", "Outcome", "Value", "Notes", "Closed"],
      ["2026-03-15", "Website", "Open", "", "", ""],
    ]);
    expect(hook.result.current.target?.sheetRow).toBe(2);
    expect(await workbook.loadSettings()).toMatchObject({
      leads: { sheetName: "Leads", tableName: "Leads" },
    });
  });
});
