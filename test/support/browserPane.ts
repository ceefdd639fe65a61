/**
 * Reading and driving the task pane through its UI contract: accessible names only (roles,
 * labels, headings), never CSS classes or component internals, so the tests hold whatever the
 * pane's markup becomes.
 */
import { Locator, Page } from "playwright-core";

/** How long the pane may take to show what an action leads to. */
export const UI_TIMEOUT = 15_000;

/** Waits until check() returns a value other than undefined; fails with describe()'s text. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  describe: () => string | Promise<string>,
  timeout = UI_TIMEOUT
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${await describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The text of every row of a table (native or ARIA), each row as its cells' texts. */
export async function tableRows(table: Locator): Promise<string[][]> {
  await table.waitFor({ state: "visible", timeout: UI_TIMEOUT });
  return table.evaluate((element) => {
    const rows = Array.from(element.querySelectorAll("tr, [role=row]")).filter(
      // A row inside a nested table belongs to that table.
      (row) => row.closest("table, [role=table], [role=grid]") === element
    );
    const cellSelector =
      "td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]";
    return rows.map((row) =>
      Array.from(row.querySelectorAll(cellSelector))
        .filter((cell) => cell.closest("tr, [role=row]") === row)
        .map((cell) => ((cell as HTMLElement).innerText ?? cell.textContent ?? "").trim())
    );
  });
}

/**
 * A sheet grid's rows as sheet rows from row 1, column A first: a leading column of row numbers
 * and a header row of column letters, if the grid shows them, are dropped.
 */
export function sheetRowsOf(rows: string[][]): string[][] {
  let result = rows;
  const isLetters = (row: string[]): boolean =>
    row.length > 0 &&
    row.every((cell, index) => (index === 0 ? /^[A-Z]?$/.test(cell) : /^[A-Z]{1,3}$/.test(cell)));
  if (result.length > 0 && isLetters(result[0]) && result[0].length > 1) result = result.slice(1);
  const numbered = result.length > 0 && result.every((row, index) => row[0] === String(index + 1));
  if (numbered) result = result.map((row) => row.slice(1));
  return result;
}

/** The preview's grid of one sheet: selects its tab, then reads the table named after it. */
export async function readSheet(page: Page, sheetName: string): Promise<string[][]> {
  const tab = page.getByRole("tab", { name: sheetName, exact: true });
  await tab.click();
  await waitFor(
    async () => ((await tab.getAttribute("aria-selected")) === "true" ? true : undefined),
    () => `the tab "${sheetName}" to be selected`
  );
  return sheetRowsOf(await tableRows(page.getByRole("table", { name: sheetName, exact: true })));
}

/** The names of the preview's sheet tabs. */
export async function sheetTabs(page: Page): Promise<string[]> {
  const tabs = page.getByRole("tablist").getByRole("tab");
  return (await tabs.allInnerTexts()).map((text) => text.trim());
}

export interface LeadsGrid {
  readonly sheetName: string;
  /** Zero-based index of the header row in `rows` (sheet row headerIndex + 1). */
  readonly headerIndex: number;
  readonly headers: string[];
  /** The data rows under the header, up to the last non-empty one. */
  readonly leads: string[][];
  readonly rows: string[][];
}

/** The leads as the preview's grid shows them: the header row is the one with these headers. */
export function leadsGridOf(sheetName: string, rows: string[][], headers: string[]): LeadsGrid {
  const headerIndex = rows.findIndex((row) => headers.every((header) => row.includes(header)));
  if (headerIndex < 0) {
    throw new Error(
      `No row of sheet "${sheetName}" has the headers ${JSON.stringify(headers)}:\n` +
        rows
          .slice(0, 5)
          .map((row) => JSON.stringify(row))
          .join("\n")
    );
  }
  const below = rows.slice(headerIndex + 1);
  let last = below.length;
  while (last > 0 && below[last - 1].every((cell) => cell === "")) last -= 1;
  return {
    sheetName,
    headerIndex,
    headers: rows[headerIndex],
    leads: below.slice(0, last),
    rows,
  };
}

/** The text a combobox shows as its value: a Fluent Dropdown's, or a native select's option. */
export async function comboboxValue(combobox: Locator): Promise<string> {
  const value = await combobox.evaluate((element) =>
    element instanceof HTMLSelectElement
      ? (element.selectedOptions[0]?.text ?? "")
      : element instanceof HTMLInputElement
        ? element.value
        : (element as HTMLElement).innerText
  );
  return value.trim();
}

/** What is at the middle of a locator's box: the element a mouse click there lands on. */
export async function elementAtMiddle(page: Page, locator: Locator): Promise<string> {
  const box = await locator.boundingBox();
  if (!box) return "(the element has no box)";
  return page.evaluate(
    ([x, y]) => {
      const element = document.elementFromPoint(x, y);
      if (!element) return "(nothing)";
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return (
        `<${element.tagName.toLowerCase()} class="${element.className}">, ` +
        `${Math.round(rect.width)}×${Math.round(rect.height)} at ${Math.round(rect.x)},${Math.round(rect.y)}, ` +
        `position ${style.position}, z-index ${style.zIndex}, min-height ${style.minHeight}`
      );
    },
    [box.x + box.width / 2, box.y + box.height / 2] as const
  );
}

/**
 * Opens a combobox from the keyboard (focus, Enter) and clicks the option with exactly this name.
 * Opening it with the mouse is tested on its own.
 */
export async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  const native = await combobox.evaluate((element) => element instanceof HTMLSelectElement);
  if (native) {
    // A native select's list is drawn by the browser, outside the page: chosen as a user's pick.
    await combobox.selectOption({ label: option });
    return;
  }
  await combobox.focus();
  await page.keyboard.press("Enter");
  const choice = page.getByRole("option", { name: option, exact: true });
  await choice.click();
  await waitFor(
    async () => ((await comboboxValue(combobox)) === option ? true : undefined),
    async () => `the combobox to show "${option}" (it shows "${await comboboxValue(combobox)}")`
  );
}

/** "1,234" → 1234; "40.0%" → 0.4 with its precision; anything else → null. */
export function parseShownNumber(text: string): { value: number; tolerance: number } | null {
  const trimmed = text.replace(/[\s\u00a0,]/g, "");
  const percent = /^(-?\d+(?:\.(\d+))?)%$/.exec(trimmed);
  if (percent) {
    const decimals = percent[2]?.length ?? 0;
    return { value: Number(percent[1]) / 100, tolerance: (0.5 * 10 ** -decimals) / 100 + 1e-9 };
  }
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed), tolerance: 1e-9 };
  return null;
}

/** The effective background colour at a point: the first opaque one from the element up. */
export async function backgroundAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      let element: Element | null = document.elementFromPoint(px, py);
      while (element) {
        const colour = getComputedStyle(element).backgroundColor;
        if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
        element = element.parentElement;
      }
      return "rgb(255, 255, 255)"; // the browser's canvas colour
    },
    [x, y] as const
  );
}

/** Relative luminance (0 black … 1 white) of an rgb()/rgba() colour. */
export function luminance(colour: string): number {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (!match) throw new Error(`Not an rgb colour: ${colour}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The page's local date as yyyy-mm-dd: the owner's "today". */
export async function todayInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number): string => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** The words a chart gives screen readers (its figures, period by period). */
export async function chartWords(page: Page, name: string): Promise<string> {
  const canvas = page.getByRole("img", { name, exact: true });
  await canvas.waitFor({ state: "visible", timeout: UI_TIMEOUT });
  const id = (await canvas.getAttribute("aria-describedby")) ?? "";
  return (await page.locator(`[id="${id}"]`).textContent()) ?? "";
}

export interface PlottedPeriod {
  readonly leads: number;
  readonly soFar: number | null;
  readonly projected: number | null;
}

/** Per period, what the chart plots: "2026-08: leads 12, clients 5, conversion so far 41.7%, projected conversion 43.0%". */
export function plotted(words: string): Map<string, PlottedPeriod> {
  const periods = new Map<string, PlottedPeriod>();
  const clause =
    /(\d{4}-\d{2})(?: \([^)]*\))?: leads (\d+), clients \d+, conversion so far (no rate|[\d.]+%)(?:, projected conversion ([\d.]+)%)?/g;
  for (const match of words.matchAll(clause)) {
    periods.set(match[1], {
      leads: Number(match[2]),
      soFar: match[3] === "no rate" ? null : Number(match[3].slice(0, -1)) / 100,
      projected: match[4] === undefined ? null : Number(match[4]) / 100,
    });
  }
  return periods;
}
