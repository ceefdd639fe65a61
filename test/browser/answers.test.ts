/**
 * Issue 10 in the preview (production build, headless Chromium, office.js blocked): the answer
 * first, checked against the engine; the sample's Walk-in / Walk in pair proposed, merged with
 * one click and undone; Booked added to won keeping the other wins; two fields on one column
 * refused; a lead recorded for yesterday with a note, then undone; Mark won with the job's value and
 * the closed date (today, then a picked day) in the sheet; the mapping folding. axe-core (best-practice rules included) in light and dark at 320 and 350 px, with
 * screenshots of each kept under the run's output folder for a person to look at.
 */
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import { dayNumberFromIsoText, outcomeRules, serialFromDayNumber } from "../../src/engine";
import { isoOfSerial } from "../../src/taskpane/leadRows";
import { summariseLeads } from "../../src/engine/summary";
import { expectNoAxeViolations, usePane } from "../support/browser";
import { UI_TIMEOUT, readSheet, todayInPage, waitFor } from "../support/browserPane";

const SHOTS = path.join(os.tmpdir(), "lead-tally-answers");

/** The leads sheet of the preview as rows under its header: Date, Source, Outcome, Value, Notes. */
async function leadRows(page: Page): Promise<string[][]> {
  const rows = await readSheet(page, "Leads");
  return rows.slice(1).filter((row) => row.some((cell) => cell !== ""));
}

function count(rows: string[][], column: number, value: string): number {
  return rows.filter((row) => row[column] === value).length;
}

describe("answers an owner can trust, in the preview", () => {
  const pane = usePane();

  beforeAll(async () => {
    await pane().load();
  });

  it("shows the summary first, with the engine's figures for the sample", async () => {
    const { page } = pane();
    const rate = page.getByText(/^\d+\.\d%/).first();
    await rate.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    const rows = await leadRows(page);
    const today = dayNumberFromIsoText(await todayInPage(page)) as number;
    const summary = summariseLeads({
      sources: rows.map((row) => row[1]),
      outcomes: rows.map((row) => row[2]),
      dates: rows.map((row) => row[0]),
      rules: outcomeRules(),
      today,
    });
    const shown = await page.locator("dl").first().innerText();
    const month = summary.thisMonth!;
    expect(shown).toContain(`${month.leads} leads, ${month.clients} clients`);
    expect(shown).toContain(`(${summary.total.won} of ${summary.total.leads})`);
    // The summary comes before the Leads section.
    const order = await page.evaluate(() => {
      const dl = document.querySelector("dl");
      const leads = Array.from(document.querySelectorAll("h2")).find(
        (h) => h.textContent === "Leads"
      );
      return dl !== null && leads !== undefined && (dl.compareDocumentPosition(leads) & 4) !== 0;
    });
    expect(order).toBe(true);
  });

  it("proposes Walk in as Walk-in, merges it with one click and undoes the merge", async () => {
    const { page } = pane();
    const before = await leadRows(page);
    const walkIn = count(before, 1, "Walk in");
    expect(walkIn).toBeGreaterThan(0);
    const notice = page.getByText(/Walk in \(\d+ leads?\) looks like Walk-in \(\d+\)/);
    await notice.waitFor({ state: "visible", timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "Merge into Walk-in", exact: true }).click();
    await page.getByText(/^Merged Walk in into Walk-in/).waitFor({ timeout: UI_TIMEOUT });
    const merged = await leadRows(page);
    expect(count(merged, 1, "Walk in")).toBe(0);
    expect(count(merged, 1, "Walk-in")).toBe(count(before, 1, "Walk-in") + walkIn);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await page.getByText(/^Merge undone/).waitFor({ timeout: UI_TIMEOUT });
    expect(await leadRows(page)).toEqual(before);
  });

  it("refuses two fields on one column, naming both", async () => {
    const { page } = pane();
    const outcome = page.getByRole("combobox", { name: "Outcome column", exact: true });
    await outcome.selectOption({ label: "Source" });
    const alert = page.getByRole("alert").filter({ hasText: "cannot both be" });
    expect(await alert.innerText()).toBe(
      'Outcome and Source cannot both be the column "Source". Choose another column for one of them.'
    );
    expect(await outcome.inputValue()).toBe("2");
  });

  it("adds Booked to the won labels and keeps the other wins", async () => {
    const { page } = pane();
    const won = () =>
      page
        .getByText(/\(\d+ of \d+\)/)
        .first()
        .innerText();
    const before = await won();
    await page.getByText("Won and lost labels", { exact: true }).click();
    const box = page.getByRole("textbox", { name: "Won labels" });
    expect(await box.inputValue()).toMatch(/^won, closed won, client/);
    await box.fill(`${await box.inputValue()}, Booked`);
    await page.getByRole("button", { name: "Save labels", exact: true }).click();
    await page.getByText(/^Labels set/).waitFor({ timeout: UI_TIMEOUT });
    expect(await won()).toBe(before);
  });

  it("folds the mapping into one line once confirmed", async () => {
    const { page } = pane();
    await page.getByRole("button", { name: "These columns are right", exact: true }).click();
    const line = page.getByText(/^Table "Leads" on sheet "Leads": \d+ leads$/);
    await line.waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole("combobox", { name: "Source column" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Change", exact: true }).count()).toBe(1);
  });

  it("records a lead for yesterday with a note, then undoes it", async () => {
    const { page } = pane();
    const before = await leadRows(page);
    await page
      .getByRole("group", { name: "Day of the lead:" })
      .getByRole("button", { name: "Yesterday", exact: true })
      .click();
    await page.getByRole("textbox", { name: "Name or note (optional)" }).fill("Mrs Patel, kitchen");
    await page.getByRole("button", { name: "Record a lead from Walk-in", exact: true }).click();
    await page.getByText(/^Saved: row \d+, Walk-in$/).waitFor({ timeout: UI_TIMEOUT });
    const today = dayNumberFromIsoText(await todayInPage(page)) as number;
    const last = (await leadRows(page)).at(-1) as string[];
    expect(dayNumberFromIsoText(last[0])).toBe(today - 1);
    expect([last[1], last[2], last[4]]).toEqual(["Walk-in", "Open", "Mrs Patel, kitchen"]);

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await page.getByText(/^Lead undone: row \d+ \(Walk-in\) removed\.$/).waitFor({
      timeout: UI_TIMEOUT,
    });
    expect(await leadRows(page)).toEqual(before);
    expect(await page.getByRole("button", { name: "Undo", exact: true }).count()).toBe(0);
  });

  it("marks the lead won and asks for the job's value, written to the Value column", async () => {
    const { page } = pane();
    await page.getByRole("button", { name: "Record a lead from Walk-in", exact: true }).click();
    await page.getByText(/^Saved: row \d+, Walk-in$/).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "Mark won", exact: true }).click();
    const value = page.getByRole("textbox", { name: /^Value of the job/ });
    await value.waitFor({ timeout: UI_TIMEOUT });
    await value.fill("1200");
    await page.getByRole("button", { name: "Save value", exact: true }).click();
    await page.getByText(/value 1200 saved\.$/).waitFor({ timeout: UI_TIMEOUT });
    const last = (await leadRows(page)).at(-1) as string[];
    expect([last[1], last[2]]).toEqual(["Walk-in", "Won"]);
    expect(Number(last[3].replace(/,/g, ""))).toBe(1200);
    // The sample's Closed column gets the day with the outcome: today, unless another is picked.
    expect(last[5]).toBe(await todayInPage(page));
  });

  it("marks a lead won on a picked day: the grid shows the outcome, the value and the closed date", async () => {
    const { page } = pane();
    await page.getByRole("button", { name: "Record a lead from Referral", exact: true }).click();
    await page.getByText(/^Saved: row \d+, Referral$/).waitFor({ timeout: UI_TIMEOUT });
    const closedOn = page.getByRole("group", { name: "Closed on:" });
    await closedOn.getByRole("button", { name: "Other day", exact: true }).click();
    const today = dayNumberFromIsoText(await todayInPage(page)) as number;
    const picked = isoOfSerial(serialFromDayNumber(today - 3));
    await closedOn.getByLabel("Closed on", { exact: true }).fill(picked);
    await page.getByRole("button", { name: "Mark won", exact: true }).click();
    await page
      .getByText(new RegExp(`\\(Referral\\) marked Won, closed ${picked}\\.$`))
      .waitFor({ timeout: UI_TIMEOUT });
    const value = page.getByRole("textbox", { name: /^Value of the job/ });
    await value.fill("850");
    await page.getByRole("button", { name: "Save value", exact: true }).click();
    await page.getByText(/value 850 saved\.$/).waitFor({ timeout: UI_TIMEOUT });
    const last = (await leadRows(page)).at(-1) as string[];
    expect([last[1], last[2], last[3], last[5]]).toEqual(["Referral", "Won", "850", picked]);
    // Back to Today for what follows.
    await closedOn.getByRole("button", { name: "Today", exact: true }).click();
  });

  it("hides a source's button and shows it again from the Rename or hide panel", async () => {
    const { page } = pane();
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByText("Rename or hide sources", { exact: true }).click();
    const hide = page.getByRole("button", { name: "Hide the button for Advertising" });
    await hide.waitFor({ timeout: UI_TIMEOUT });
    await hide.click();
    const record = page.getByRole("button", { name: "Record a lead from Advertising" });
    await waitFor(
      async () => ((await record.count()) === 0 ? true : undefined),
      () => "the Advertising button to be hidden"
    );
    await page.getByRole("list", { name: "Sources to rename or hide" }).screenshot({
      path: path.join(SHOTS, "manage-sources-320.png"),
    });
    await page.getByRole("button", { name: "Show the button for Advertising" }).click();
    await record.waitFor({ timeout: UI_TIMEOUT });
  });

  for (const width of [320, 350]) {
    for (const dark of [false, true]) {
      const theme = dark ? "dark" : "light";
      it(`has no axe violations and no sideways scroll at ${width} px, ${theme}`, async () => {
        const { page } = pane();
        await page.setViewportSize({ width, height: 900 });
        const toggle = page.getByRole("switch", { name: "Dark theme", exact: true });
        if ((await toggle.isChecked()) !== dark) await toggle.click();
        await waitFor(
          async () => ((await toggle.isChecked()) === dark ? true : undefined),
          () => `the ${theme} theme`
        );
        await page.evaluate(() => window.scrollTo(0, 0));
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(wide).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: path.join(SHOTS, `pane-${width}-${theme}.png`),
          fullPage: true,
        });
        await expectNoAxeViolations(page, `at ${width} px in the ${theme} theme`);
      });
    }
  }
});
