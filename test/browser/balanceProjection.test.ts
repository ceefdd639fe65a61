/**
 * Projected conversion on the Marketing vs Sales balance in the preview (production build,
 * headless Chromium, office.js blocked), with the page's clock fixed on 2 October 2026 so that
 * the sample workbook (its leads relative to today, with closed dates) is always the same:
 * - issue 11's case built to tempt the old wording: with two-month windows and a 75% target, the
 *   leads rose and projected conversion rose, the target above both, while conversion so far
 *   (which counts September, only about half complete, as if it were done) fell: the old
 *   diagnosis called sales the bottleneck. The diagnosis must not, nor say conversion fell, and
 *   the figures the pane's chart plots (its words for screen readers) give the rates it printed;
 * - the sheet written in the preview shows projected conversion beside conversion so far for
 *   recent periods, as numbers with percent formats, and its chart has the dashed projected series.
 * axe-core finds nothing with the recent periods shown. After every step: no console error, no
 * request to another host.
 */
import { Page } from "playwright-core";
import {
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  dayNumberFromIsoText,
  outcomeRules,
} from "../../src/engine";
import { expectNoAxeViolations, usePane } from "../support/browser";
import {
  UI_TIMEOUT,
  chartWords,
  leadsGridOf,
  parseShownNumber,
  plotted,
  readSheet,
  tableRows,
  todayInPage,
  waitFor,
} from "../support/browserPane";

const SHEET = "Marketing vs Sales";
const PANE_CHART = "Chart: leads, clients and conversion rate by period";
const SHEET_CHART = `Chart on sheet ${SHEET}`;
/** Midday, so the day is 2 October in any time zone the machine runs in. */
const FIXED_NOW = new Date("2026-10-02T12:00:00");
const TEMPTING = { ...DEFAULT_BALANCE_THRESHOLDS, windowPeriods: 2, targetConversionRate: 0.75 };

/** The balance the engine computes from the preview's own Leads grid, with or without Closed. */
async function engineBalance(page: Page, withClosed: boolean) {
  const leads = leadsGridOf("Leads", await readSheet(page, "Leads"), ["Source", "Outcome"]);
  const cells = (name: string) => leads.leads.map((lead) => lead[leads.headers.indexOf(name)]);
  const report = buildBalanceReport({
    dates: cells("Date"),
    sources: cells("Source"),
    outcomes: cells("Outcome"),
    values: null,
    closed: withClosed ? cells("Closed") : null,
    spend: null,
    unit: "month",
    rules: outcomeRules(),
    thresholds: TEMPTING,
    origin: "",
    computedAt: 0,
    today: dayNumberFromIsoText(await todayInPage(page)) ?? 0,
  });
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
}

function monthsOf(window: string): string[] {
  const [first, last] = window.split(" to ");
  const months: string[] = [];
  for (let [year, month] = first.split("-").map(Number); ; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const label = `${year}-${String(month).padStart(2, "0")}`;
    months.push(label);
    if (label === (last ?? first)) return months;
  }
}

describe("projected conversion on the Marketing vs Sales balance in the preview", () => {
  const pane = usePane();

  beforeAll(async () => {
    // Date.now and new Date() say 2 October 2026; timers keep running.
    await pane().page.clock.setFixedTime(FIXED_NOW);
    await pane().load();
  });

  it("does not call sales the bottleneck while leads and projected conversion rose, and its chart plots the rates it printed", async () => {
    const { page } = pane();
    expect(await todayInPage(page)).toBe("2026-10-02");
    // The case, checked on the engine first: it would tempt the old wording.
    const old = await engineBalance(page, false);
    expect(old.diagnosis.verdict).toBe("marketing-heavy");
    expect(old.diagnosis.text).toMatch(/sales capacity is the bottleneck.*conversion fell/);
    const expected = await engineBalance(page, true);
    const comparison = expected.diagnosis.comparison;
    if (comparison === null) throw new Error(expected.diagnosis.text);
    expect(comparison.leadChange).toBeGreaterThan(0);
    expect(comparison.conversion).toBe("rose");
    expect(comparison.target).toBeGreaterThan(
      Math.max(comparison.recent.rate, comparison.before.rate)
    );

    // The owner's thresholds for the case, typed in the pane: a 75% target, two-month windows.
    await page.getByText("Period, target and spend table", { exact: true }).click();
    await page.getByRole("textbox", { name: "Target conversion rate (%)", exact: true }).fill("75");
    await page.getByText("Diagnosis thresholds", { exact: true }).click();
    await page.getByRole("textbox", { name: "Periods in each window", exact: true }).fill("2");
    await page.getByRole("button", { name: "Save target and thresholds", exact: true }).click();
    await page.getByRole("button", { name: "Balance chart", exact: true }).click();

    await page
      .getByText(expected.diagnosis.text)
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    const { text } = expected.diagnosis;
    expect(text).not.toMatch(/bottleneck|[Cc]onversion fell/);
    expect(text).toMatch(/^Conversion below target, though rising/);
    expect(text).toContain("using projected conversion for");

    // What the pane's chart plots gives the rates the diagnosis printed: per window, each
    // month's projected rate where the diagnosis says it used one, else its rate so far.
    const chart = plotted(await chartWords(page, PANE_CHART));
    const projectedUsed = new Set(comparison.projected.map((used) => used.label));
    const rateOf = (window: string): number => {
      let leads = 0;
      let clients = 0;
      for (const month of monthsOf(window)) {
        const period = chart.get(month);
        if (period === undefined) throw new Error(`the chart has no ${month}`);
        const rate = projectedUsed.has(month) ? period.projected : period.soFar;
        leads += period.leads;
        clients += (rate ?? 0) * period.leads;
      }
      return clients / leads;
    };
    const printed = /conversion rose from (\d+)% to (\d+)%/.exec(text);
    if (printed === null) throw new Error(text);
    // The chart's words round each rate to 0.1%: within a point of the whole percent printed.
    expect(Math.abs(rateOf(comparison.before.periods) * 100 - Number(printed[1]))).toBeLessThan(1);
    expect(Math.abs(rateOf(comparison.recent.periods) * 100 - Number(printed[2]))).toBeLessThan(1);
    expect(rateOf(comparison.recent.periods)).toBeGreaterThan(rateOf(comparison.before.periods));
    // Each month the diagnosis judged on projected conversion is drawn with it, dashed.
    for (const used of comparison.projected) {
      expect(chart.get(used.label)?.projected).toBeCloseTo(used.projected ?? NaN, 3);
    }
  });

  it("writes the sheet with projected conversion beside conversion so far for recent periods, and a dashed projected series", async () => {
    const { page } = pane();
    const expected = await engineBalance(page, true);
    const sheet = await waitFor(
      async () => {
        const rows = await readSheet(page, SHEET);
        return rows.some((row) => row[1] === expected.diagnosis.text) ? rows : undefined;
      },
      () => "the sheet with the diagnosis of the thresholds saved"
    );
    const header = sheet.findIndex((row) => row[0] === "Period" && row[1] === "Leads");
    expect(sheet[header].slice(0, 7)).toEqual([
      "Period",
      "Leads",
      "Clients",
      "Conversion so far",
      "Projected conversion",
      "Completion",
      "Target",
    ]);
    const recent = expected.periods.filter(
      (period) => typeof period.completion === "number" && period.completion < 1
    );
    // August (97% complete), September (about half) and October (under way) at least.
    expect(recent.map((period) => period.label).slice(-3)).toEqual([
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    for (const period of recent) {
      const row = sheet.find((cells) => cells[0].startsWith(period.label)) ?? [];
      // Percent formats on numbers: "41.7%", never text such as "so far".
      for (const cell of row.slice(4, 6)) if (cell !== "") expect(cell).toMatch(/^\d+\.\d%$/);
      const projected = parseShownNumber(row[4]);
      if (typeof period.projected === "number") {
        expect(projected?.value).toBeCloseTo(period.projected, 2);
      }
      expect(parseShownNumber(row[5])?.value).toBeCloseTo(period.completion as number, 2);
      if (!period.soFar)
        expect(parseShownNumber(row[3])?.value).toBeCloseTo(period.won / period.leads, 2);
    }
    // The sheet's chart carries the projected series and draws it dashed.
    const words = await chartWords(page, SHEET_CHART);
    expect(words).toContain(
      "Projected conversion is drawn as a dashed line: what recent periods should reach, not a fall."
    );
    const chart = plotted(words);
    for (const period of recent) {
      if (typeof period.projected === "number") {
        expect(chart.get(period.label)?.projected).toBeCloseTo(period.projected, 3);
      }
    }
    // The month under way is never drawn as a collapse to 0% on the rate so far.
    expect(chart.get("2026-10")?.soFar).toBeNull();
  });

  it("shows the recent periods in the pane side by side, and has no accessibility violations", async () => {
    const { page } = pane();
    const rows = await tableRows(page.getByRole("table", { name: "Recent periods" }));
    expect(rows[0]).toEqual(["Month", "Leads", "Conversion so far", "Projected", "Completion"]);
    const expected = await engineBalance(page, true);
    const recent = expected.periods.filter(
      (period) => typeof period.completion === "number" && period.completion < 1
    );
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      recent.map((period) => (period.soFar ? `${period.label} (so far)` : period.label))
    );
    for (const row of rows.slice(1)) {
      for (const cell of row.slice(2)) expect(cell).toMatch(/^(\d+\.\d%|–)$/);
    }
    await expectNoAxeViolations(page, "with the recent periods and projected conversion shown");
  });
});
