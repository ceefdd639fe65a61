/**
 * The Marketing vs Sales balance in the preview (production build, headless Chromium, office.js
 * blocked), on one page: the first view carries none of the balance's code; one click on
 * "Balance chart" writes the sheet (checked against the engine on the Leads and Spend grids' own
 * values) with its chart drawn under the grid, and shows the same balance in the pane: the
 * sample's Spend table picked up without a click, per-period figures, "spend not entered" for a
 * source without spend, a total over paid channels only, the month under way drawn as "so far";
 * no "Create spend table" while a spend table exists; a threshold out of range is refused;
 * axe-core finds nothing in either theme with the balance shown. After every step: no console
 * error, no request to another host. Screenshots of the balance at 350 and 320 px are left in the
 * system's temporary folder for a person to look at.
 */
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { Locator, Page } from "playwright-core";
import {
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  dayNumberFromIsoText,
  outcomeRules,
} from "../../src/engine";
import { expectNoAxeViolations, usePane } from "../support/browser";
import {
  UI_TIMEOUT,
  chooseOption,
  leadsGridOf,
  parseShownNumber,
  readSheet,
  sheetTabs,
  tableRows,
  todayInPage,
  waitFor,
} from "../support/browserPane";

/** What the first view may load, gzip -9: as much as Microsoft's React task pane template. */
const FIRST_VIEW_BUDGET_BYTES = 165_000;
const SHEET = "Marketing vs Sales";
const PANE_CHART = "Chart: leads, clients and conversion rate by period";
const SHEET_CHART = `Chart on sheet ${SHEET}`;
/** Chunks that load on an owner's action only. */
const ON_DEMAND = /\/(balance|chart|sheet-chart|tally)\.[0-9a-f]+\.js$/;

function get(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

/** How many pixels of a canvas have been painted (not transparent). */
async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    if (!(element instanceof HTMLCanvasElement) || element.width === 0) return 0;
    const context = element.getContext("2d");
    if (context === null) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return painted;
  });
}

/** Waits until a chart's canvas is drawn on (a blank canvas has no painted pixel). */
async function drawn(page: Page, name: string): Promise<number> {
  const canvas = page.getByRole("img", { name, exact: true });
  await canvas.waitFor({ state: "visible", timeout: UI_TIMEOUT });
  await canvas.scrollIntoViewIfNeeded();
  return waitFor(
    async () => {
      const painted = await paintedPixels(canvas);
      return painted > 2000 ? painted : undefined;
    },
    () => `the chart "${name}" to be drawn`
  );
}

/** The grid rows of a block that starts with the row whose first cells are `header`. */
function blockOf(rows: string[][], header: string[]): string[][] {
  const start = rows.findIndex((row) => header.every((cell, index) => row[index] === cell));
  if (start < 0) throw new Error(`No row starts with ${JSON.stringify(header)}`);
  const body = rows.slice(start + 1);
  const end = body.findIndex((row) => row.every((cell) => cell === ""));
  return end < 0 ? body : body.slice(0, end);
}

describe("the Marketing vs Sales balance in the preview", () => {
  const pane = usePane();
  const firstView: string[] = [];

  beforeAll(async () => {
    const { context, origin } = pane();
    context.on("request", (request) => {
      const url = request.url();
      if (url.startsWith(origin + "/") && url.endsWith(".js")) firstView.push(url);
    });
    await pane().load();
  });

  it("loads none of the balance's code with the first view, which stays within its budget", async () => {
    const { page } = pane();
    await page
      .getByRole("button", { name: "Balance chart", exact: true })
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    await waitFor(
      async () => ((await sheetTabs(page)).length > 0 ? true : undefined),
      () => "the workbook preview's sheet tabs"
    );
    await page.waitForLoadState("networkidle");
    const scripts = [...firstView];
    expect(scripts.filter((url) => ON_DEMAND.test(url))).toEqual([]);
    let total = 0;
    for (const url of scripts) total += zlib.gzipSync(await get(url), { level: 9 }).length;
    const figure = `${scripts.length} scripts, ${total} bytes gzip -9`;
    expect([figure, total <= FIRST_VIEW_BUDGET_BYTES]).toEqual([figure, true]);
  });

  it("writes the sheet with the engine's numbers and its chart, and shows the same balance in the pane", async () => {
    const { page } = pane();
    const leads = leadsGridOf("Leads", await readSheet(page, "Leads"), ["Source", "Outcome"]);
    const column = (name: string) => leads.headers.indexOf(name);
    const cells = (name: string) => leads.leads.map((lead) => lead[column(name)]);
    const today = dayNumberFromIsoText(await todayInPage(page));
    const spendRows = (await readSheet(page, "Spend")).slice(1);
    const engine = buildBalanceReport({
      dates: cells("Date"),
      sources: cells("Source"),
      outcomes: cells("Outcome"),
      values: cells("Value").map((value) => (value === "" ? null : Number(value))),
      // The sample's leads have closed dates: recent periods get a projected conversion.
      closed: cells("Closed"),
      // The sample's Spend table is used without a click.
      spend: {
        sources: spendRows.map((row) => row[0]),
        amounts: spendRows.map((row) => Number(row[1].replace(/,/g, ""))),
        periods: spendRows.map((row) => row[2]),
      },
      unit: "month",
      rules: outcomeRules(),
      thresholds: DEFAULT_BALANCE_THRESHOLDS,
      origin: 'table "Leads" on sheet "Leads"',
      computedAt: 0,
      today: today ?? 0,
    });
    if (!engine.ok) throw new Error(engine.error.message);

    await page.getByRole("button", { name: "Balance chart", exact: true }).click();
    await page
      .getByText(`${SHEET} sheet updated`, { exact: true })
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect(firstView.some((url) => /\/balance\.[0-9a-f]+\.js$/.test(url))).toBe(true);

    // The pane: the diagnosis, the chart, the sources.
    const { diagnosis, periods, sources } = engine.value;
    await page.getByText(diagnosis.text).waitFor({ state: "visible" });
    await drawn(page, PANE_CHART);
    const sourceRows = await tableRows(page.getByRole("table", { name: "Clients by source" }));
    expect(sourceRows.slice(1).map((row) => row.slice(0, 2))).toEqual(
      sources
        .filter((source) => source.leads > 0)
        .map((source) => [source.label, `${source.clients} of ${source.leads}`])
    );

    // The sheet, in the preview: its grid, the engine's periods, its chart under the grid.
    expect(await sheetTabs(page)).toContain(SHEET);
    const sheet = await readSheet(page, SHEET);
    expect(sheet.find((row) => row[0] === "Diagnosis")?.[1]).toBe(diagnosis.text);
    const block = blockOf(sheet, [
      "Period",
      "Leads",
      "Clients",
      "Conversion so far",
      "Projected conversion",
      "Completion",
      "Target",
    ]);
    expect(block.map((row) => row.slice(0, 3))).toEqual(
      periods.map((period) => [
        period.soFar ? `${period.label} (so far)` : period.label,
        String(period.leads),
        String(period.won),
      ])
    );
    const near = (text: string, value: number | null | undefined): boolean => {
      if (value === null || value === undefined) return text === "";
      const shown = parseShownNumber(text);
      return shown !== null && Math.abs(shown.value - value) <= shown.tolerance;
    };
    block.forEach((row, index) => {
      const period = periods[index];
      // The month under way is off the rate line, its rate so far in the note; projected
      // conversion is shown for the periods still maturing only.
      const rate = period.leads === 0 || period.soFar ? null : period.won / period.leads;
      const maturing = typeof period.completion === "number" && period.completion < 1;
      const checks = [
        near(row[3], rate),
        near(row[4], maturing ? period.projected : null),
        near(row[5], period.completion),
      ];
      expect([period.label, row.slice(3, 6), checks]).toEqual([
        period.label,
        row.slice(3, 6),
        [true, true, true],
      ]);
      expect(row[6]).toBe("25.0%");
    });
    await drawn(page, SHEET_CHART);
  });

  it("picks up the sample's Spend table without a click: per-period figures, spend not entered, a total over paid channels, the month under way so far", async () => {
    const { page } = pane();
    await page
      .getByText(/^Spend read from table "Spend" on sheet "Spend" \(found in the workbook;/)
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    const rows = await tableRows(page.getByRole("table", { name: "Marketing as an investment" }));
    expect(rows[0]).toEqual([
      "Source",
      "Spend",
      "Cost per lead (worth)",
      "Cost per client",
      "ROI",
      "Return on spend",
    ]);
    const bySource = new Map(rows.map((row) => [row[0], row]));
    // Website has no spend row: not 0, not entered, and not in the cost total.
    expect(bySource.get("Website")?.slice(1, 2)).toEqual(["spend not entered"]);
    expect(bySource.get("Referral")?.[1]).toBe("0.00\nfree");
    const total = rows.find((row) => row[0].startsWith("Total over paid channels"));
    expect(total?.slice(0, 2)).toEqual([
      "Total over paid channels (Google Ads, Direct mail, Facebook)",
      "1,710",
    ]);
    expect(rows.some((row) => row[0].startsWith("Spend not entered ("))).toBe(true);

    // Per period: the three months of the sample's spend, adding up to the paid total.
    const periodRows = await tableRows(page.getByRole("table", { name: "Paid channels by month" }));
    const spendByMonth = periodRows.slice(1, -1).map((row) => [row[0], row[1]]);
    expect(spendByMonth.map(([, spend]) => spend)).toEqual(["420", "870", "420"]);
    expect(periodRows[periodRows.length - 1].slice(0, 2)).toEqual(["Total", "1,710"]);

    // The month under way, in the chart's words for screen readers and in the hint.
    const month = (await todayInPage(page)).slice(0, 7);
    const canvas = page.getByRole("img", { name: PANE_CHART, exact: true });
    const summaryId = (await canvas.getAttribute("aria-describedby")) ?? "";
    const summary = (await page.locator(`[id="${summaryId}"]`).textContent()) ?? "";
    expect(summary).toContain(`${month} (so far`);
    await page
      .getByText(
        new RegExp(`^By month;.*${month} is under way: drawn hollow and labelled "so far"`)
      )
      .waitFor({ state: "visible" });

    // The sheet carries the same: the per-period block and the total over paid channels, in the
    // currency the workbook tells (the preview's culture is en-US, "$").
    const sheet = await readSheet(page, SHEET);
    expect(blockOf(sheet, ["Period", "Spend", "Leads", "Clients"]).map((row) => row[1])).toEqual([
      "$420",
      "$870",
      "$420",
      "$1,710",
    ]);
    const sheetTotal = sheet.find((row) => row[0].startsWith("Total over paid channels"));
    expect(sheetTotal?.[1]).toBe("$1,710");
  });

  it("offers no Create spend table while the workbook has one, and proposes the one found", async () => {
    const { page } = pane();
    await page.getByText("Period, target and spend table", { exact: true }).click();
    const spendTable = page.getByRole("combobox", { name: "Spend table", exact: true });
    await spendTable.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    await page
      .getByText("Found in the workbook and used; choose another above.")
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect(await page.getByRole("button", { name: "Create spend table" }).count()).toBe(0);
  });

  it("looks right at 350 and 320 px (screenshots for a person to check)", async () => {
    const { page } = pane();
    const investment = page.getByRole("table", { name: "Marketing as an investment" });
    for (const width of [350, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await drawn(page, PANE_CHART);
      await investment.scrollIntoViewIfNeeded();
      const shots: [string, Locator][] = [
        ["page", page.locator("body")],
        ["chart", page.getByRole("img", { name: PANE_CHART, exact: true })],
        ["investment", investment],
        ["periods", page.getByRole("table", { name: "Paid channels by month" })],
        ["plan", page.getByRole("textbox", { name: "Clients wanted next month" }).locator("..")],
      ];
      for (const [part, locator] of shots) {
        await locator.screenshot({
          path: path.join(os.tmpdir(), `lead-tally-balance-${width}-${part}.png`),
        });
      }
      // Nothing of the pane sticks out sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect([width, overflow]).toEqual([width, 0]);
    }
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it("refuses a threshold out of range and saves the period chosen, sheet and pane following", async () => {
    const { page } = pane();
    await page.getByText("Diagnosis thresholds", { exact: true }).click();
    const window = page.getByRole("textbox", { name: "Periods in each window", exact: true });
    await window.fill("0");
    await page.getByRole("button", { name: "Save target and thresholds", exact: true }).click();
    await page.getByText("Type a whole number from 1 to 24.").waitFor({ state: "visible" });
    await page
      .getByText("Nothing was saved: correct the values marked.")
      .waitFor({ state: "visible" });
    await window.fill("3");

    await chooseOption(
      page,
      page.getByRole("combobox", { name: "Period", exact: true }),
      "Quarter"
    );
    await waitFor(
      async () => {
        const sheet = await readSheet(page, SHEET);
        return sheet.find((row) => row[0] === "Period")?.[1] === "quarter" ? sheet : undefined;
      },
      () => "the sheet to be by quarter"
    );
    const sheet = await readSheet(page, SHEET);
    const labels = blockOf(sheet, ["Period", "Leads", "Clients"]).map((row) => row[0]);
    for (const label of labels) expect(label).toMatch(/^\d{4}-Q[1-4]( \(so far\))?$/);
    await drawn(page, PANE_CHART);
    await drawn(page, SHEET_CHART);
  });

  it("has no accessibility violations with the balance shown, in the light and the dark theme", async () => {
    const { page } = pane();
    await drawn(page, PANE_CHART);
    await expectNoAxeViolations(page, "with the balance and its settings shown (light theme)");
    await page.getByRole("switch", { name: "Dark theme", exact: true }).click();
    await waitFor(
      async () =>
        (await page.getByRole("switch", { name: "Dark theme", exact: true }).isChecked())
          ? true
          : undefined,
      () => "the dark theme"
    );
    await drawn(page, PANE_CHART);
    await drawn(page, SHEET_CHART);
    await expectNoAxeViolations(page, "with the balance and its settings shown (dark theme)");
  });
});
