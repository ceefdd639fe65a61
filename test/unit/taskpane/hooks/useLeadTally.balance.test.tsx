/** @jest-environment jsdom */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import {
  BalanceSettings,
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  dayNumberFromSerial,
  outcomeRules,
  serialFromLocalTime,
} from "../../../../src/engine";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";
import { createSampleWorkbook } from "../../../../src/workbook/sampleLeads";
import type { LeadWorkbook } from "../../../../src/workbook/workbook";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY = 46096; // 2026-03-15
const now = () => NOW;
const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

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

async function balanced(hook: Hook) {
  act(() => hook.result.current.runBalance());
  expect(hook.result.current.balancing).toBe(true);
  await idle(hook);
  expect(hook.result.current.balancing).toBe(false);
}

/** The engine's report on the workbook's leads as they are now, as the hook should build it. */
async function engineReport(
  workbook: MemoryWorkbook,
  spend: { sources: unknown[]; amounts: unknown[]; periods?: unknown[] } | null = null,
  unit: BalanceSettings["unit"] = "month"
) {
  const [location] = await workbook.findLeads();
  // The sample's Closed column (the sixth) gives the balance its projected conversion.
  const [dates, sources, outcomes, values, closed] = await workbook.readColumns(
    location,
    [0, 1, 2, 3, 5]
  );
  const report = buildBalanceReport({
    dates,
    sources,
    outcomes,
    values,
    closed,
    spend,
    unit,
    rules: outcomeRules(),
    thresholds: DEFAULT_BALANCE_THRESHOLDS,
    origin: 'table "Leads" on sheet "Leads"',
    computedAt: serialFromLocalTime(NOW),
    today: dayNumberFromSerial(TODAY) ?? 0,
  });
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
}

/** The sample's Spend table as the engine is given it. */
function sampleSpend(workbook: MemoryWorkbook) {
  const rows = sheetNamed(workbook, "Spend").rows.slice(1);
  return {
    sources: rows.map((row) => row[0]),
    amounts: rows.map((row) => Number(row[1])),
    periods: rows.map((row) => row[2]),
  };
}

function sheetNamed(workbook: MemoryWorkbook, name: string) {
  const sheet = workbook.listSheets().find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`No sheet "${name}"`);
  return sheet;
}

describe("useLeadTally: the Marketing vs Sales balance", () => {
  it("refuses the balance without a Date column, in words, and writes nothing", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.chooseColumn("date", null));
    act(() => hook.result.current.runBalance());
    expect(hook.result.current.balanceError).toBe(
      "Choose the leads and their Date and Source columns first."
    );
    await idle(hook);
    expect(workbook.listSheets().map((sheet) => sheet.name)).toEqual(["Leads", "Spend"]);
    act(() => hook.result.current.dismissBalanceError());
    expect(hook.result.current.balanceError).toBeNull();
  });

  it("says in words when the sheet cannot be written, and keeps the balance it computed", async () => {
    const workbook = createSampleWorkbook(NOW);
    jest
      .spyOn(workbook, "writeGeneratedSheet")
      .mockRejectedValueOnce({ code: "AccessDenied", message: "" });
    const hook = await open(workbook);
    await balanced(hook);
    expect(hook.result.current.balanceError).toMatch(
      /^The balance chart did not work\. Excel did not allow the change/
    );
    expect(hook.result.current.balance).toMatchObject({ sheetName: null, writing: false });
  });

  it("writes the Marketing vs Sales sheet with the engine's period rows and shows the same balance", async () => {
    const workbook = createSampleWorkbook(NOW);
    const progress: number[] = [];
    const read = workbook.readColumns.bind(workbook);
    jest.spyOn(workbook, "readColumns").mockImplementation((location, columns, onProgress) =>
      read(location, columns, (step) => {
        progress.push(step.rowsRead);
        onProgress?.(step);
      })
    );
    const hook = await open(workbook);
    act(() => hook.result.current.recordLead("Website")); // clicked before: counted
    await balanced(hook);
    expect(hook.result.current.balanceError).toBeNull();
    expect(progress).toContain(61);

    // The sample's Spend table is picked up without a click.
    const expected = await engineReport(workbook, sampleSpend(workbook));
    const balance = hook.result.current.balance;
    expect(balance).toMatchObject({
      sheetName: "Marketing vs Sales",
      unit: "month",
      target: 0.25,
      spendFrom: 'table "Spend" on sheet "Spend"',
      spendFound: true,
      problems: [],
    });
    expect(balance?.report.investment).toEqual(expected.investment);
    expect(balance?.report.periods).toEqual(expected.periods);
    expect(balance?.report.diagnosis).toEqual(expected.diagnosis);
    expect(balance?.report.sources).toEqual(expected.sources);

    // The sheet: marked, its chart's block holding the engine's periods, rows as the engine's.
    const sheet = sheetNamed(workbook, "Marketing vs Sales");
    expect(sheet.generated).toBe(true);
    const shownLabel = (period: (typeof expected.periods)[number]) =>
      period.soFar ? `${period.label} (so far)` : period.label;
    expect(sheet.chart?.values.slice(1)).toEqual(
      expected.periods.map((period) => [
        shownLabel(period),
        period.leads,
        period.won,
        period.leads === 0 || period.soFar ? null : period.won / period.leads,
        // The dashed projected series: recent periods still maturing only.
        typeof period.completion === "number" && period.completion < 1
          ? (period.projected ?? null)
          : null,
      ])
    );
    expect(sheet.chart?.description.projectedSeries).toBe("Projected conversion");
    expect(expected.periods.some((period) => typeof period.projected === "number")).toBe(true);
    const header = sheet.rows.findIndex((row) => row[0] === "Period" && row[1] === "Leads");
    expect(
      sheet.rows
        .slice(header + 1, header + 1 + expected.periods.length)
        .map((row) => row.slice(0, 3))
    ).toEqual(
      expected.periods.map((period) => [
        shownLabel(period),
        String(period.leads),
        String(period.won),
      ])
    );
    expect(sheet.rows[1]).toEqual([
      "Diagnosis",
      expected.diagnosis.text,
      ...sheet.rows[1].slice(2),
    ]);

    // A second click refreshes the same sheet.
    await balanced(hook);
    expect(workbook.listSheets().map((s) => s.name)).toEqual([
      "Leads",
      "Spend",
      "Marketing vs Sales",
    ]);
  });

  it("writes money in the currency the workbook tells, as numbers, and a plain number where it tells none", async () => {
    const rows = [
      HEADERS,
      [46054, "Website", "Won", 1500, ""],
      [46060, "Website", "Lost", null, ""],
      [46070, "Radio", "Won", 40.5, ""],
    ];
    const balanceIn = async (culture: { name: string | null; currencySymbol: string | null }) => {
      const workbook = new MemoryWorkbook({
        sheets: [{ name: "Leads", tableName: "Leads", rows }],
        culture,
      });
      const hook = await open(workbook);
      await balanced(hook);
      expect(hook.result.current.balanceError).toBeNull();
      const sheet = sheetNamed(workbook, "Marketing vs Sales");
      const row = sheet.rows.findIndex((cells) => cells[0] === "Website");
      const revenue = sheet.rows[row - 1].indexOf("Revenue");
      const radio = sheet.rows.findIndex((cells) => cells[0] === "Radio");
      return {
        shown: [sheet.rows[row][revenue], sheet.rows[radio][revenue]],
        format: workbook.numberFormatAt("Marketing vs Sales", row, revenue),
      };
    };
    const british = await balanceIn({ name: "en-GB", currencySymbol: "£" });
    expect(british.shown).toEqual(["£1,500", "£40.50"]);
    expect(british.format).toBe('"£"#,##0');
    const german = await balanceIn({ name: "de-DE", currencySymbol: "€" });
    expect(german.shown).toEqual(["1,500 €", "40.50 €"]);
    // Before ExcelApi 1.17 Excel tells the culture's name but not its currency: no symbol guessed.
    const older = await balanceIn({ name: "en-GB", currencySymbol: null });
    expect(older.shown).toEqual(["1,500", "40.50"]);
  });

  it("never replaces a sheet of the owner's called Marketing vs Sales", async () => {
    const workbook = createSampleWorkbook(NOW);
    workbook.addSheet({ name: "Marketing vs Sales", rows: [["my own analysis"]] });
    const hook = await open(workbook);
    await balanced(hook);
    expect(hook.result.current.balance?.sheetName).toBe("Marketing vs Sales (2)");
    expect(sheetNamed(workbook, "Marketing vs Sales").rows).toEqual([["my own analysis"]]);
  });

  it("saves the period, target and thresholds in the workbook, reads them back, and redraws the balance shown", async () => {
    const workbook = createSampleWorkbook(NOW);
    const first = await open(workbook);
    await balanced(first);
    const next: BalanceSettings = {
      unit: "quarter",
      thresholds: {
        targetConversionRate: 0.3,
        windowPeriods: 2,
        leadChange: 0.1,
        conversionChange: 0.02,
        minimumLeads: 10,
        thinPeriodLeads: 5,
        projectionCompletion: 0.8,
      },
    };
    let problem: string | null = "not called";
    act(() => {
      problem = first.result.current.saveBalanceSettings(next);
    });
    expect(problem).toBeNull();
    await idle(first);
    expect(first.result.current.balance?.unit).toBe("quarter");
    expect(first.result.current.balance?.report.periods.map((p) => p.label)).toEqual(
      (await engineReport(workbook, sampleSpend(workbook), "quarter")).periods.map((p) => p.label)
    );
    expect(sheetNamed(workbook, "Marketing vs Sales").rows[3].slice(0, 2)).toEqual([
      "Period",
      "quarter",
    ]);
    expect(((await workbook.loadSettings()) as { balance: unknown }).balance).toEqual(next);
    first.unmount();

    const second = await open(workbook);
    expect(second.result.current.settings.balance).toEqual(next);
    expect(second.result.current.warnings).toEqual([]);
  });

  it("never saves out-of-range thresholds", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    const save = jest.spyOn(workbook, "saveSettings");
    let problem: string | null = null;
    act(() => {
      problem = hook.result.current.saveBalanceSettings({
        unit: "month",
        thresholds: { ...DEFAULT_BALANCE_THRESHOLDS, windowPeriods: 0 },
      });
    });
    expect(problem).toBe("These values are out of range; nothing was saved.");
    act(() => {
      problem = hook.result.current.saveBalanceSettings({
        unit: "month",
        thresholds: { ...DEFAULT_BALANCE_THRESHOLDS, targetConversionRate: 1.5 },
      });
    });
    expect(problem).not.toBeNull();
    await idle(hook);
    expect(save).not.toHaveBeenCalled();
    expect(hook.result.current.settings.balance.thresholds).toEqual(DEFAULT_BALANCE_THRESHOLDS);
  });

  it("creates a spend table with a row per source and recent period and Spend empty, beside the owner's Spend sheet, and uses it", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    expect(hook.result.current.spendTables).toBeNull();
    const ownSpend = sheetNamed(workbook, "Spend").rows;

    act(() => hook.result.current.createSpendTable());
    expect(hook.result.current.creatingSpend).toBe(true);
    await idle(hook);
    expect(hook.result.current.creatingSpend).toBe(false);
    expect(hook.result.current.balanceError).toBeNull();

    // The sample already has a Spend sheet and table: the new ones get free names.
    expect(sheetNamed(workbook, "Spend").rows).toEqual(ownSpend);
    const created = sheetNamed(workbook, "Spend (2)").rows;
    expect(created[0]).toEqual(["Source", "Spend", "Period"]);
    const [location] = await workbook.findLeads();
    const [sources] = await workbook.readColumns(location, [1]);
    const expectedSources = hook.result.current.sources.filter((source) =>
      sources.some((cell) => String(cell).trim().toLowerCase() === source.toLowerCase())
    );
    const march = created.slice(1).filter((row) => row[2] === "2026-03");
    expect(march.map((row) => row[0]).sort()).toEqual([...expectedSources].sort());
    expect(created.slice(1).map((row) => row[2])).toEqual(
      ["2026-01", "2026-02", "2026-03"].flatMap((period) => expectedSources.map(() => period))
    );
    expect(created.slice(1).every((row) => row[1] === "")).toBe(true);

    expect(hook.result.current.settings.spend).toEqual({
      sheetName: "Spend (2)",
      tableName: "Spend2",
      headerRow: 0,
      firstColumn: 0,
    });
    expect(hook.result.current.spendTables?.map((t) => t.tableName)).toEqual(["Spend", "Spend2"]);
    expect(hook.result.current.spendIndex).toBe(1);
    expect(hook.result.current.balanceNotice).toMatch(
      /^Created a Spend table on sheet "Spend \(2\)"/
    );

    // With the new (empty) spend table, the balance has the investment block, and every source's
    // spend is not entered: a blank is unknown, not 0.
    await balanced(hook);
    expect(hook.result.current.balance?.spendFrom).toBe('table "Spend2" on sheet "Spend (2)"');
    expect(hook.result.current.balance?.spendFound).toBe(false);
    expect(hook.result.current.balance?.report.investment?.paid.sources).toEqual([]);
    const sheet = sheetNamed(workbook, "Marketing vs Sales");
    expect(sheet.rows.some((row) => row[0] === "Marketing as an investment")).toBe(true);
  });

  it("uses the spend table the owner chooses, on the sheet and in the pane, and (none) again", async () => {
    const workbook = createSampleWorkbook(NOW);
    const hook = await open(workbook);
    act(() => hook.result.current.findSpendTables());
    await idle(hook);
    expect(hook.result.current.spendTables?.map((t) => t.sheetName)).toEqual(["Spend"]);
    // Proposed before any choice, as the balance uses it.
    expect(hook.result.current.spendIndex).toBe(0);
    act(() => hook.result.current.chooseSpendTable(0));
    expect(hook.result.current.spendIndex).toBe(0);
    await balanced(hook);

    const expected = await engineReport(workbook, sampleSpend(workbook));
    expect(hook.result.current.balance?.spendFrom).toBe('table "Spend" on sheet "Spend"');
    expect(hook.result.current.balance?.spendFound).toBe(false);
    expect(hook.result.current.balance?.report.investment).toEqual(expected.investment);
    const sheet = sheetNamed(workbook, "Marketing vs Sales");
    const total = sheet.rows.find((row) => String(row[0]).startsWith("Total over paid channels"));
    expect(total?.[1]).toBe("$1,710"); // 3 × (300 + 120) + 450, in the preview's currency

    // (none) is remembered: the table found is no longer used.
    act(() => hook.result.current.chooseSpendTable(null));
    await idle(hook);
    expect(hook.result.current.settings).toMatchObject({ spend: null, spendDeclined: true });
    expect(hook.result.current.spendIndex).toBeNull();
    expect(hook.result.current.balance?.spendFrom).toBeNull();
  });

  it("shows the engine's message for a spend amount typed as text, with the cell's address, and writes no sheet", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            HEADERS,
            [46000, "Website", "Won", 500, null],
            [46040, "Flyers", "Lost", null, null],
          ],
        },
        {
          name: "Costs",
          rows: [["Marketing costs"], ["Source", "Cost"], ["Website", 200], ["Flyers", "$1,200"]],
        },
      ],
      settings: {
        version: 1,
        spend: { sheetName: "Costs", tableName: null, headerRow: 1, firstColumn: 0 },
      },
    });
    const hook = await open(workbook);
    await balanced(hook);
    expect(hook.result.current.balanceError).toBe(
      'The balance chart did not work: spend must hold numbers; cell 2 holds "$1,200". ' +
        'That is cell B4 on sheet "Costs": type a plain number there.'
    );
    expect(hook.result.current.balance).toBeNull();
    expect(workbook.listSheets().map((sheet) => sheet.name)).toEqual(["Leads", "Costs"]);
  });

  it("says in words when lead values add up beyond the largest number, and writes no sheet with Infinity", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            HEADERS,
            [46000, "Website", "Won", Number.MAX_VALUE, null],
            [46040, "Website", "Won", Number.MAX_VALUE, null],
          ],
        },
      ],
    });
    const hook = await open(workbook);
    await balanced(hook);
    expect(hook.result.current.balanceError).toBe(
      "The balance chart did not work: values holds amounts too large to compute with: the result " +
        "is beyond what Excel can hold."
    );
    expect(hook.result.current.balance).toBeNull();
    expect(workbook.listSheets().map((sheet) => sheet.name)).toEqual(["Leads"]);
  });

  it("goes on without spend, and says why, when the saved spend table is gone", async () => {
    const workbook = createSampleWorkbook(NOW);
    await workbook.saveSettings({
      version: 1,
      spend: { sheetName: "Budget", tableName: "Budget", headerRow: 0, firstColumn: 0 },
    });
    const hook = await open(workbook);
    await balanced(hook);
    expect(hook.result.current.balance?.spendFrom).toBeNull();
    expect(hook.result.current.warnings).toEqual([
      'The spend table saved in this workbook (table "Budget" on sheet "Budget") was not found, or has no Source and Spend columns any more; the balance is shown without spend. Choose the spend table again.',
    ]);
    // Not repeated by the next run.
    await balanced(hook);
    expect(hook.result.current.warnings).toHaveLength(1);
  });
});
