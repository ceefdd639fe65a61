/**
 * An owner's session with the task pane's preview (production build, headless Chromium, office.js
 * blocked), step by step on one page: map the columns, add a source, record leads with the tally
 * buttons (twenty fast clicks among them), mark the last lead won, produce the Lead Tally sheet
 * and check its numbers against the engine, switch to the dark theme. After every step: no
 * console error, no request to another host; axe-core finds nothing in either theme with the
 * tally and its chart shown. The light-theme pane after the tally is saved as the README's
 * screenshot (docs/images/taskpane.png).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import {
  LEADS_BY_OUTCOME_HEADER,
  classifyOutcome,
  conversionRateFormula,
  daysToConvertFormula,
  isTallyError,
  keyOfSource,
  leadsByOutcomeFormula,
  outcomeRules,
  winRateFormula,
} from "../../src/engine";
import { ROOT, expectNoAxeViolations, usePane } from "../support/browser";
import {
  LeadsGrid,
  UI_TIMEOUT,
  backgroundAt,
  chooseOption,
  comboboxValue,
  elementAtMiddle,
  leadsGridOf,
  luminance,
  parseShownNumber,
  readSheet,
  sheetTabs,
  tableRows,
  todayInPage,
  waitFor,
} from "../support/browserPane";

const SCREENSHOT = path.join(ROOT, "docs", "images", "taskpane.png");
const COLUMN_LABELS = [
  "Source column",
  "Outcome column",
  "Date column",
  "Value column",
  "Closed column",
] as const;
const NEW_SOURCE = "Trade show";
const BURST = 20;
const TIME_COLUMN = "Median days to convert";

/** What the steps learn about the workbook and hand on to the next ones. */
interface State {
  columns: Record<(typeof COLUMN_LABELS)[number], string>;
  leadsSheet: string;
  grid: LeadsGrid;
  burstSource: string;
}

describe("an owner's session in the preview", () => {
  const pane = usePane();
  const state: Partial<State> = {};
  const need = <K extends keyof State>(key: K): State[K] => {
    const value = state[key];
    if (value === undefined) throw new Error(`An earlier step did not get as far as ${key}.`);
    return value as State[K];
  };

  const combobox = (page: Page, name: string) => page.getByRole("combobox", { name, exact: true });

  /** The number in the pane's "<n> leads" line. */
  async function shownLeadCount(page: Page): Promise<number> {
    // The Leads section's line ('Table "Leads" on sheet "Leads": 60 leads'), not the summary's.
    const line = page.getByText(/ on sheet "[^"]*": \d[\d,]* leads?\b/).first();
    await line.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    const match = /: (\d[\d,]*) leads?\b/.exec(await line.innerText());
    return Number(match![1].replace(/,/g, ""));
  }

  async function readLeads(page: Page): Promise<LeadsGrid> {
    const columns = need("columns");
    const headers = [columns["Source column"], columns["Outcome column"]];
    const sheet = need("leadsSheet");
    return leadsGridOf(sheet, await readSheet(page, sheet), headers);
  }

  function column(grid: LeadsGrid, header: string): number {
    const index = grid.headers.indexOf(header);
    if (index < 0) throw new Error(`The leads grid has no column "${header}": ${grid.headers}`);
    return index;
  }

  /** Waits until the leads grid has `count` leads and no write is pending. */
  async function leadsSettled(page: Page, count: number): Promise<LeadsGrid> {
    let grid: LeadsGrid | undefined;
    return waitFor(
      async () => {
        if (await page.getByText(/Saving \d+ leads?…/).count()) return undefined;
        grid = await readLeads(page);
        return grid.leads.length === count ? grid : undefined;
      },
      () => `${count} leads in the grid (it has ${grid?.leads.length ?? "no grid yet"})`
    );
  }

  beforeAll(async () => {
    await pane().load();
  });

  it("opens as a preview with its sections and the workbook's sheets", async () => {
    const { page } = pane();
    const banner = page.getByText(/not connected to Excel/).first();
    await banner.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect(await banner.innerText()).toMatch(/Preview/);
    for (const name of ["Leads", "Record a lead", "Tally", "Workbook preview"]) {
      await page
        .getByRole("heading", { level: 2, name, exact: true })
        .waitFor({ state: "visible", timeout: UI_TIMEOUT });
    }
    expect(await shownLeadCount(page)).toBeGreaterThan(0);
    expect((await sheetTabs(page)).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, "in the preview as it opens");
  });

  it("takes a mouse click on a column's select (nothing covers it)", async () => {
    const { page } = pane();
    const outcome = combobox(page, "Outcome column");
    await outcome.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    await outcome.scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A plain mouse click at the middle of the dropdown: press, release, as a person clicks.
    const box = await outcome.boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    // A native select opens its list outside the page; the click must reach the select itself.
    const reached = await waitFor(
      async () =>
        (await outcome.evaluate((element) => element === document.activeElement))
          ? true
          : undefined,
      () => "the select to take focus",
      3_000
    ).catch(() => false);
    const diagnosis = reached
      ? ""
      : `the click did not reach the select; the mouse button was released on ${await elementAtMiddle(page, outcome)}`;
    await page.keyboard.press("Escape");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(diagnosis).toBe("");
  });

  it("shows the column mapping and lets the owner change it and back", async () => {
    const { page } = pane();
    await combobox(page, "Leads location").waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect(await comboboxValue(combobox(page, "Leads location"))).not.toBe("");

    const columns = {} as State["columns"];
    for (const label of COLUMN_LABELS) columns[label] = await comboboxValue(combobox(page, label));
    // The sample leads have all four columns: each is mapped to a column of its own.
    for (const label of COLUMN_LABELS)
      expect([label, columns[label]]).not.toEqual([label, "(none)"]);
    expect(new Set(Object.values(columns)).size).toBe(COLUMN_LABELS.length);
    state.columns = columns;

    // The leads' sheet is the one whose grid has the Source and Outcome headers in one row.
    const headers = [columns["Source column"], columns["Outcome column"]];
    for (const sheet of await sheetTabs(page)) {
      try {
        state.grid = leadsGridOf(sheet, await readSheet(page, sheet), headers);
        state.leadsSheet = sheet;
        break;
      } catch {
        // not this sheet
      }
    }
    const grid = need("grid");
    // Every dropdown names a header of the leads, and the pane counts the leads the grid shows.
    for (const label of COLUMN_LABELS) expect(grid.headers).toContain(columns[label]);
    expect(await shownLeadCount(page)).toBe(grid.leads.length);
    // Dates as yyyy-mm-dd.
    const dateColumn = column(grid, columns["Date column"]);
    for (const lead of grid.leads) expect(lead[dateColumn]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);

    const outcome = combobox(page, "Outcome column");
    await chooseOption(page, outcome, "(none)");
    expect(await comboboxValue(outcome)).toBe("(none)");
    await chooseOption(page, outcome, columns["Outcome column"]);
    for (const label of COLUMN_LABELS) {
      expect([label, await comboboxValue(combobox(page, label))]).toEqual([label, columns[label]]);
    }
    // Leave no dropdown focused: the next steps start from a pane at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it("adds a source and records a lead from it", async () => {
    const { page } = pane();
    const before = await readLeads(page);
    await page.getByRole("textbox", { name: "New source", exact: true }).fill(NEW_SOURCE);
    await page.getByRole("button", { name: "Add source", exact: true }).click();
    const button = page.getByRole("button", {
      name: `Record a lead from ${NEW_SOURCE}`,
      exact: true,
    });
    await button.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect((await button.innerText()).trim()).toBe(NEW_SOURCE);

    await button.click();
    const after = await leadsSettled(page, before.leads.length + 1);
    const columns = need("columns");
    const lead = after.leads[after.leads.length - 1];
    expect(lead[column(after, columns["Source column"])]).toBe(NEW_SOURCE);
    expect(lead[column(after, columns["Date column"])]).toBe(await todayInPage(page));
    expect(after.leads.slice(0, before.leads.length)).toEqual(before.leads);
  });

  it(`records ${BURST} leads from ${BURST} fast clicks on one source button`, async () => {
    const { page } = pane();
    const before = await readLeads(page);
    const sourceButton = page.getByRole("button", { name: /^Record a lead from / }).first();
    const name = (await sourceButton.getAttribute("aria-label")) ?? "";
    const source = (await sourceButton.innerText()).trim();
    expect(name === "" || name === `Record a lead from ${source}`).toBe(true);
    state.burstSource = source;

    // Watch for the "Saving <n> leads…" line, however briefly it shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { savingSeen: string[] }).savingSeen = seen;
      const look = (): void => {
        const match = /Saving \d+ leads?…/.exec(document.body.innerText);
        if (match && seen[seen.length - 1] !== match[0]) seen.push(match[0]);
      };
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    // Twenty clicks in one task, faster than any person: none may be lost or doubled.
    await sourceButton.evaluate((button, count) => {
      for (let i = 0; i < count; i += 1) (button as HTMLElement).click();
    }, BURST);

    const after = await leadsSettled(page, before.leads.length + BURST);
    const columns = need("columns");
    const today = await todayInPage(page);
    const added = after.leads.slice(before.leads.length);
    expect(added.map((lead) => lead[column(after, columns["Source column"])])).toEqual(
      new Array(BURST).fill(source)
    );
    expect(added.map((lead) => lead[column(after, columns["Date column"])])).toEqual(
      new Array(BURST).fill(today)
    );
    expect(after.leads.slice(0, before.leads.length)).toEqual(before.leads);
    expect(await shownLeadCount(page)).toBe(after.leads.length);
    const saving = await page.evaluate(
      () => (window as unknown as { savingSeen: string[] }).savingSeen
    );
    expect(saving.length).toBeGreaterThan(0);
    state.grid = after;
  });

  it("marks the last lead won", async () => {
    const { page } = pane();
    const grid = need("grid");
    const source = need("burstSource");
    const lastRow = grid.headerIndex + 1 + grid.leads.length; // 1-based sheet row
    const last = page.getByText(/Last lead: row \d+/).first();
    await last.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    expect(await last.innerText()).toContain(`Last lead: row ${lastRow}, ${source}`);

    await page.getByRole("button", { name: "Mark won", exact: true }).click();
    await page
      .getByRole("button", { name: "Mark lost", exact: true })
      .waitFor({ state: "visible" });
    const outcomeColumn = column(grid, need("columns")["Outcome column"]);
    const rules = outcomeRules();
    const marked = await waitFor(
      async () => {
        if (await page.getByText(/Saving \d+ leads?…/).count()) return undefined;
        const now = await readLeads(page);
        const cell = now.leads[now.leads.length - 1][outcomeColumn];
        return classifyOutcome(cell, rules) === "won" ? now : undefined;
      },
      () => `sheet row ${lastRow}'s outcome to be a won label`
    );
    // Only that cell changed, and the Closed cell beside it got today's date (the default day).
    const expected = grid.leads.map((lead) => [...lead]);
    expected[expected.length - 1][outcomeColumn] =
      marked.leads[marked.leads.length - 1][outcomeColumn];
    expected[expected.length - 1][column(grid, need("columns")["Closed column"])] =
      await todayInPage(page);
    expect(marked.leads).toEqual(expected);
    state.grid = marked;
  });

  it("produces the Lead Tally sheet with the engine's numbers, and shows the tally and its chart", async () => {
    const { page } = pane();
    const grid = await readLeads(page);
    const columns = need("columns");
    const sources = grid.leads.map((lead) => [lead[column(grid, columns["Source column"])]]);
    const outcomes = grid.leads.map((lead) => [lead[column(grid, columns["Outcome column"])]]);
    const engine = leadsByOutcomeFormula(sources, outcomes);
    if (!engine.ok) throw new Error(`The engine refused the grid's leads: ${engine.error.message}`);
    const [, ...groups] = engine.value;
    const totalConversion = conversionRateFormula(sources, outcomes);
    const totalWin = winRateFormula(sources, outcomes);
    const total = [
      "Total",
      ...[1, 2, 3, 4].map((i) => groups.reduce((sum, row) => sum + (row[i] as number), 0)),
      totalConversion.ok ? totalConversion.value : totalConversion.error,
      totalWin.ok ? totalWin.value : totalWin.error,
    ];

    await page.getByRole("button", { name: "Tally", exact: true }).click();
    await page
      .getByText("Lead Tally sheet updated")
      .first()
      .waitFor({ state: "visible", timeout: UI_TIMEOUT });

    /** Compares a shown row with the engine's, column by column, by header name. */
    const compare = (
      where: string,
      header: string[],
      shown: string[],
      expected: unknown[]
    ): void => {
      LEADS_BY_OUTCOME_HEADER.forEach((name, engineIndex) => {
        const aliases = name === "Won" ? ["Won", "Clients"] : [name];
        const shownIndex = header.findIndex((cell) => aliases.includes(cell));
        if (shownIndex < 0) return;
        const want = expected[engineIndex];
        // A rate on few leads says so on a second line ("few leads"), as in the balance.
        const got = shown[shownIndex].split("\n")[0];
        const context = `${where}, row "${shown[0]}", column "${header[shownIndex]}": shows "${got}", engine says ${JSON.stringify(want)}`;
        if (typeof want === "string") {
          expect([context, got]).toEqual([context, want]);
        } else if (isTallyError(want)) {
          expect([context, parseShownNumber(got)]).toEqual([context, null]);
        } else {
          // Rates are shown as percentages, counts as plain numbers.
          const isRate = name.endsWith("rate");
          expect([context, isRate ? /%$/.test(got) : !/%$/.test(got)]).toEqual([context, true]);
          const parsed = parseShownNumber(got);
          expect([
            context,
            parsed !== null && Math.abs(parsed.value - (want as number)) <= parsed.tolerance,
          ]).toEqual([context, true]);
        }
      });
    };

    // The sheet, in the preview's grid.
    expect(await sheetTabs(page)).toContain("Lead Tally");
    const sheet = await readSheet(page, "Lead Tally");
    const headerIndex = sheet.findIndex((row) =>
      LEADS_BY_OUTCOME_HEADER.every((name, i) => row[i] === name)
    );
    expect(headerIndex).toBeGreaterThan(0);
    const totalIndex = sheet.findIndex((row, i) => i > headerIndex && row[0] === "Total");
    const body = sheet.slice(headerIndex + 1, totalIndex);
    expect(body.map((row) => row[0])).toEqual(groups.map((row) => row[0]));
    body.forEach((row, i) => compare("Lead Tally sheet", sheet[headerIndex], row, groups[i]));
    compare("Lead Tally sheet", sheet[headerIndex], sheet[totalIndex], total);
    const leadsLine = sheet.find((row) => row[0] === "Leads");
    expect(leadsLine?.[1]).toBe(String(grid.leads.length));

    // The pane's own table.
    const table = await tableRows(
      page.getByRole("table", { name: "Leads by source", exact: true })
    );
    const [tableHeader, ...tableBody] = table;
    expect(tableHeader).toContain("Source");
    expect(tableHeader).toContain("Leads");
    // Every column is one the comparison knows, so none is skipped unchecked.
    const known = [...LEADS_BY_OUTCOME_HEADER, "Clients", TIME_COLUMN];
    expect(tableHeader.filter((name) => !known.includes(name))).toEqual([]);
    const tableGroups = tableBody.filter((row) => row[0] !== "Total");
    expect(tableGroups.map((row) => row[0])).toEqual(groups.map((row) => row[0]));
    tableGroups.forEach((row, i) => compare("Leads by source", tableHeader, row, groups[i]));
    const tableTotal = tableBody.find((row) => row[0] === "Total");
    if (tableTotal) compare("Leads by source", tableHeader, tableTotal, total);

    // The sample has a Closed column: each source's median days to convert, as DAYS_TO_CONVERT
    // gives it on that source's rows, in the pane (blank without a lag) and on the sheet.
    const dates = grid.leads.map((lead) => [lead[column(grid, columns["Date column"])]]);
    const closed = grid.leads.map((lead) => [lead[column(grid, "Closed")]]);
    const paneTime = tableHeader.indexOf(TIME_COLUMN);
    const sheetTime = sheet[headerIndex].indexOf("Median days to convert");
    expect([paneTime, sheetTime]).toEqual([7, 7]);
    let measured = 0;
    for (const [i, group] of groups.entries()) {
      const key = keyOfSource(group[0] as string).key;
      const rows = sources.flatMap(([cell], row) => (keyOfSource(cell).key === key ? [row] : []));
      const pick = (cells: unknown[][]) => rows.map((row) => cells[row]);
      const days = daysToConvertFormula(pick(dates), pick(closed), pick(outcomes));
      const median = days.ok ? days.value : null;
      const [shownMedian, ...words] = tableGroups[i][paneTime].split("\n");
      const clients = Number(body[i][sheetTime + 1]);
      const context = `time to convert of "${group[0]}": pane "${tableGroups[i][paneTime]}", sheet "${body[i][sheetTime]}", engine ${median}`;
      const paneText =
        median === null ? "" : Number.isInteger(median) ? String(median) : median.toFixed(1);
      const sheetText = median === null ? "–" : median.toFixed(1);
      expect([context, median === null ? "" : shownMedian, body[i][sheetTime]]).toEqual([
        context,
        paneText,
        sheetText,
      ]);
      const wordsShown = (median === null ? [shownMedian, ...words] : words).join(" ");
      expect([context, wordsShown]).toEqual([
        context,
        `measured on ${clients} client${clients === 1 ? "" : "s"}`,
      ]);
      measured += clients;
    }
    expect(measured).toBeGreaterThan(0);

    // At 320 px the extra column scrolls inside its table, never the pane; rows stay two lines
    // high at most ("few leads", "measured on N clients" do not wrap).
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 320, height: viewport?.height ?? 900 });
    // The chart redraws at the new width a moment later (chart.js watches its container).
    const sideways = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
    await waitFor(
      async () => ((await sideways()) <= 0 ? true : undefined),
      async () => `no sideways scroll of the pane at 320 px (it scrolls ${await sideways()} px)`
    );
    const tallyTable = page.getByRole("table", { name: "Leads by source", exact: true });
    const heights = await tallyTable.evaluate((element) =>
      Array.from(element.querySelectorAll("tbody tr"), (row) => row.getBoundingClientRect().height)
    );
    const lineHeight = await tallyTable.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight)
    );
    expect(Math.max(...heights)).toBeLessThan(3 * lineHeight + 12);
    await tallyTable.screenshot({ path: path.join(os.tmpdir(), "lead-tally-tally-320.png") });
    await expectNoAxeViolations(page, "with the time to convert shown at 320 px");
    if (viewport !== null) await page.setViewportSize(viewport);

    const chart = page.getByRole("img", {
      name: "Chart: leads and clients by source",
      exact: true,
    });
    await chart.scrollIntoViewIfNeeded();
    await chart.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    // Wait for the chart's animation to end: two identical frames in a row.
    let frame = "";
    await waitFor(
      async () => {
        const next = await chart.evaluate((canvas) =>
          canvas instanceof HTMLCanvasElement ? canvas.toDataURL() : canvas.outerHTML
        );
        const still = next === frame;
        frame = next;
        if (still) return true;
        await page.waitForTimeout(250);
        return undefined;
      },
      () => "the chart to stop moving"
    );

    // The README's screenshot: the pane in Excel's pane size, light theme, tally on screen.
    await page
      .getByRole("heading", { level: 2, name: "Tally", exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    await expectNoAxeViolations(page, "with the tally and its chart shown (light theme)");
  });

  it("switches to the dark theme", async () => {
    const { page } = pane();
    const toggle = page.getByRole("switch", { name: "Dark theme", exact: true });
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    const [x, y] = [5, Math.max(5, Math.round(box?.y ?? 5))];
    const light = await backgroundAt(page, x, y);
    expect(luminance(light)).toBeGreaterThan(0.6);
    await toggle.click();
    const dark = await waitFor(
      async () => {
        const colour = await backgroundAt(page, x, y);
        return luminance(colour) < 0.2 ? colour : undefined;
      },
      async () => `a dark background (it is ${await backgroundAt(page, x, y)}, was ${light})`
    );
    expect(dark).not.toBe(light);
    expect(await toggle.isChecked()).toBe(true);
    await page
      .getByRole("img", { name: "Chart: leads and clients by source", exact: true })
      .waitFor({ state: "visible" });
    await page.waitForTimeout(500);
    await expectNoAxeViolations(page, "in the dark theme with the tally and its chart shown");
  });
});
