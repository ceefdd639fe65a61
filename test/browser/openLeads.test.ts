/**
 * Issue 12's Open leads in the preview (production build, headless Chromium, office.js blocked):
 * the sample's open leads by age as the engine counts them, the chase list oldest first, and a
 * chase-list lead marked won with its job's value: it leaves the list and the open leads drop by
 * one. axe-core at 320 px with the section shown, and a screenshot of it for a person to look at.
 */
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import {
  dayNumberFromIsoText,
  openLeadsReport,
  outcomeRules,
  serialDayFromDayNumber,
} from "../../src/engine";
import { expectNoAxeViolations, usePane } from "../support/browser";
import { UI_TIMEOUT, readSheet, tableRows, todayInPage, waitFor } from "../support/browserPane";

const SHOTS = path.join(os.tmpdir(), "lead-tally-open-leads");

/** The leads sheet of the preview as rows under its header: Date, Source, Outcome, Value, Notes. */
async function leadRows(page: Page): Promise<string[][]> {
  const rows = await readSheet(page, "Leads");
  return rows.slice(1).filter((row) => row.some((cell) => cell !== ""));
}

async function expectedReport(page: Page) {
  const rows = await leadRows(page);
  const today = dayNumberFromIsoText(await todayInPage(page)) as number;
  return openLeadsReport(
    {
      dates: rows.map((row) => row[0]),
      outcomes: rows.map((row) => row[2]),
      sources: rows.map((row) => row[1]),
      notes: rows.map((row) => row[4]),
    },
    outcomeRules(),
    serialDayFromDayNumber(today),
    30
  );
}

describe("Open leads in the preview", () => {
  const pane = usePane();

  beforeAll(async () => {
    await pane().load();
  });

  it("shows the sample's open leads by age and the leads to chase, oldest first", async () => {
    const { page } = pane();
    const table = page.getByRole("table", { name: "Open leads by age" });
    await table.waitFor({ timeout: UI_TIMEOUT });
    const expected = await expectedReport(page);
    expect((await tableRows(table)).slice(1).map((row) => Number(row[1]))).toEqual(expected.byAge);
    expect(expected.chase.length).toBeGreaterThan(0);
    const list = page.getByRole("list", { name: "To chase: older than 30 days" });
    const items = list.getByRole("listitem");
    expect(await items.count()).toBe(Math.min(50, expected.chase.length));
    const oldest = expected.chase[0];
    // The sample table's header is on row 1: data row 0 is sheet row 2.
    await items
      .first()
      .getByRole("button", { name: `Mark won, row ${oldest.dataRow + 2}`, exact: true })
      .waitFor({ timeout: UI_TIMEOUT });
    await page
      .getByText(`${expected.open} open leads (neither won nor lost)`, { exact: false })
      .waitFor();
  });

  it("marks a chase-list lead won with its value: it leaves the list, one open lead fewer", async () => {
    const { page } = pane();
    const before = await expectedReport(page);
    const lead = before.chase[0];
    const sheetRow = lead.dataRow + 2;
    await page.getByRole("button", { name: `Mark won, row ${sheetRow}`, exact: true }).click();
    const value = page.getByRole("textbox", { name: `Value of the job (row ${sheetRow})` });
    await value.waitFor({ timeout: UI_TIMEOUT });
    await value.fill("900");
    await page.getByRole("button", { name: "Save value", exact: true }).click();
    await page.getByText(`Row ${sheetRow}: value 900 saved.`).waitFor({ timeout: UI_TIMEOUT });

    const row = (await leadRows(page))[lead.dataRow];
    expect(row[2]).toBe("Won");
    expect(Number(row[3].replace(/,/g, ""))).toBe(900);
    const marked = page.getByRole("button", { name: `Mark won, row ${sheetRow}`, exact: true });
    await waitFor(
      async () => ((await marked.count()) === 0 ? true : undefined),
      () => `row ${sheetRow} to leave the chase list`
    );
    await page
      .getByText(`${before.open - 1} open leads (neither won nor lost)`, { exact: false })
      .waitFor({ timeout: UI_TIMEOUT });
    const after = await expectedReport(page);
    expect(after.chase.map((chased) => chased.dataRow)).toEqual(
      before.chase.slice(1).map((chased) => chased.dataRow)
    );
  });

  it("has no axe violations at 320 px with the section shown", async () => {
    const { page } = pane();
    await page.setViewportSize({ width: 320, height: 900 });
    const section = page.getByRole("region", { name: "Open leads", exact: true });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SHOTS, "open-leads-320.png") });
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(wide).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "at 320 px with the open leads shown");
  });
});
