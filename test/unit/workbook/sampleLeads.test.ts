import {
  Cell,
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  classifyOutcome,
  dayNumberFromSerial,
  daysToConvertFormula,
  outcomeRules,
  projectedConversionFormula,
  tallyBySource,
} from "../../../src/engine";
import type { ExcelDate } from "../../../src/workbook/workbook";
import {
  SAMPLE_LEAD_COUNT,
  SAMPLE_SPAN_DAYS,
  SAMPLE_SPEND_HEADERS,
  createSampleWorkbook,
  sampleLeadRows,
} from "../../../src/workbook/sampleLeads";

const NOW = new Date(2026, 2, 15, 10, 30); // 15 March 2026, the owner's clock

/** A written value as the cell Excel would hand a function: a date as its serial. */
function toCell(value: unknown): Cell {
  return typeof value === "object" && value !== null && "serial" in value
    ? (value as ExcelDate).serial
    : value;
}

describe("sample leads", () => {
  it("are the same every time for the same day", () => {
    expect(sampleLeadRows(NOW)).toEqual(sampleLeadRows(new Date(2026, 2, 15, 18, 0)));
  });

  it("are sixty leads in a Leads table, oldest first, ending no later than today", async () => {
    const workbook = createSampleWorkbook(NOW);
    const [location, ...others] = await workbook.findLeads();
    expect(others).toEqual([]);
    expect(location).toMatchObject({
      sheetName: "Leads",
      tableName: "Leads",
      headers: ["Date", "Source", "Outcome", "Value", "Notes", "Closed"],
      rowCount: SAMPLE_LEAD_COUNT,
    });
    const [dates, sources, outcomes] = await workbook.readColumns(location, [0, 1, 2]);
    const serials = dates as number[];
    expect([...serials].sort((a, b) => a - b)).toEqual(serials);
    const today = 46096; // 2026-03-15
    expect(serials[serials.length - 1]).toBeLessThanOrEqual(today);
    expect(serials[0]).toBeGreaterThanOrEqual(today - SAMPLE_SPAN_DAYS);
    // Every row is a lead by the engine's rule (a source or an outcome), so the tally agrees.
    const groups = tallyBySource(sources, outcomes, outcomeRules());
    expect(groups.reduce((sum, group) => sum + group.leads, 0)).toBe(SAMPLE_LEAD_COUNT);
  });

  it("carry a closed date for every won or lost lead, between its lead day and today, and none for open leads", () => {
    const rows = sampleLeadRows(NOW);
    const today = 46096; // 2026-03-15
    const rules = outcomeRules();
    for (const row of rows) {
      const decided = classifyOutcome(row[2], rules) !== "open";
      const closed = row[5] as ExcelDate | null;
      if (!decided) {
        expect(closed).toBeNull();
        continue;
      }
      const lead = (row[0] as ExcelDate).serial;
      expect(closed?.serial).toBeGreaterThanOrEqual(lead);
      expect(closed?.serial).toBeLessThanOrEqual(today);
    }
    // Enough clients with a lag for the time functions to show real figures in the preview.
    const cells = (index: number) => rows.map((row) => [toCell(row[index])]);
    const days = daysToConvertFormula(cells(0), cells(5), cells(2));
    expect(days.ok && days.value).toBeGreaterThan(0);
    const projected = projectedConversionFormula(
      cells(0),
      cells(5),
      cells(2),
      null,
      null,
      null,
      today
    );
    expect(projected.ok && projected.value.length).toBeGreaterThan(6);
  });

  it("include messy spellings that the tally merges", async () => {
    const rows = sampleLeadRows(NOW);
    const websites = new Set(
      rows.map((row) => row[1]).filter((s) => typeof s === "string" && /website/i.test(s))
    );
    expect(websites.size).toBeGreaterThan(1);
  });

  it("come with a small Spend table for the three months before today's, which is not taken for leads", async () => {
    const workbook = createSampleWorkbook(NOW);
    const [spend, ...others] = await workbook.findTables((headers) => headers.includes("Spend"));
    expect(others).toEqual([]);
    expect(spend).toMatchObject({
      sheetName: "Spend",
      tableName: "Spend",
      headers: SAMPLE_SPEND_HEADERS,
    });
    const [sources, amounts, periods] = await workbook.readColumns(spend, [0, 1, 2]);
    expect(new Set(periods)).toEqual(new Set(["2025-12", "2026-01", "2026-02"]));
    expect(amounts.every((amount) => typeof amount === "number" && amount >= 0)).toBe(true);
    // Paid channels, Referral as a free channel (0 entered), and Website with no spend row, so
    // the preview shows all three.
    const zero = sources.filter((_, row) => amounts[row] === 0);
    expect(new Set(zero)).toEqual(new Set(["Referral"]));
    expect(sources).not.toContain("Website");
    // Every source that spent brought sample leads.
    const leadSources = new Set(sampleLeadRows(NOW).map((row) => row[1]));
    for (const source of sources) expect(leadSources).toContain(source);
    expect((await workbook.findLeads()).map((location) => location.sheetName)).toEqual(["Leads"]);
  });

  it("span enough months for the balance's diagnosis to judge", async () => {
    const rows = sampleLeadRows(NOW);
    const report = buildBalanceReport({
      dates: rows.map((row) => (row[0] as ExcelDate).serial),
      sources: rows.map((row) => row[1] as Cell),
      outcomes: rows.map((row) => row[2] as Cell),
      values: rows.map((row) => row[3] as Cell),
      spend: null,
      unit: "month",
      rules: outcomeRules(),
      thresholds: DEFAULT_BALANCE_THRESHOLDS,
      origin: 'table "Leads" on sheet "Leads"',
      computedAt: 46096.5,
      today: dayNumberFromSerial(46096) ?? 0,
    });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.diagnosis.verdict).not.toBe("not-enough-data");
  });
});
