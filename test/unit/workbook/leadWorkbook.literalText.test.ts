/**
 * Literal text: every string the add-in writes (sources, outcomes, labels, notes, sheet text)
 * stays the text it was. Formulas, numbers, dates, booleans, percentages and errors in disguise,
 * control, right-to-left and zero-width characters all come back exactly, through appendRows,
 * setCell and writeGeneratedSheet, in both workbooks. Text longer than an Excel cell holds
 * (32,767 characters) is refused with a message that says so, and nothing is written: never
 * silently cut.
 */
import fc from "fast-check";
import { GeneratedSheet, WriteValue } from "../../../src/engine";
import { createExcelWorkbook, WorkbookError } from "../../../src/workbook/excelWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import type { LeadWorkbook, LeadsLocation } from "../../../src/workbook/workbook";
import { FakeExcel } from "../../support/excelMock";
import {
  EXCEL_CELL_LIMIT,
  HOSTILE_TEXTS,
  WorkbookShot,
  changesBetween,
  excelShot,
  memoryShot,
} from "../../support/trust";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

interface Subject {
  readonly workbook: LeadWorkbook;
  shot(): Promise<WorkbookShot>;
  /** The values of a generated sheet's cells, row by row, as the workbook holds them. */
  sheetValues(name: string): Promise<unknown[][]>;
}

function excelSubject(): Subject {
  const excel = new FakeExcel();
  excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS, rows: [] });
  return {
    workbook: createExcelWorkbook({ run: excel.run, isSetSupported: () => true }),
    shot: async () => excelShot(excel),
    sheetValues: async (name) => {
      const sheet = excel.sheetNamed(name);
      return sheet === null ? [] : sheet.cells.map((row) => row.map((value) => value ?? ""));
    },
  };
}

function memorySubject(): Subject {
  const workbook = new MemoryWorkbook({
    sheets: [{ name: "Leads", tableName: "Leads", rows: [HEADERS] }],
  });
  return {
    workbook,
    shot: () => memoryShot(workbook),
    // The preview shows text as it is stored: its displayed grid is its cells.
    sheetValues: async (name) =>
      (workbook.listSheets().find((sheet) => sheet.name === name)?.rows ?? []).map((row) => [
        ...row,
      ]),
  };
}

async function leadsOf(subject: Subject): Promise<LeadsLocation> {
  const [location] = await subject.workbook.findLeads();
  return location;
}

const SUBJECTS: readonly [string, () => Subject, typeof it][] = [
  ["Excel adapter", excelSubject, it],
  ["memory workbook", memorySubject, it],
];

describe.each(SUBJECTS)("literal text in the %s", (_, make, itForLimits) => {
  it("appendRows keeps every hostile text as it was, in every text column", async () => {
    const subject = make();
    const rows: WriteValue[][] = HOSTILE_TEXTS.map((text, i) => [
      { serial: 46000 + i },
      text,
      text,
      i,
      `${text}|note`,
    ]);

    await subject.workbook.appendRows(await leadsOf(subject), rows);

    const location = await leadsOf(subject);
    expect(location.rowCount).toBe(HOSTILE_TEXTS.length);
    const [dates, sources, outcomes, values, notes] = await subject.workbook.readColumns(
      location,
      [0, 1, 2, 3, 4]
    );
    expect(sources).toEqual([...HOSTILE_TEXTS]);
    expect(outcomes).toEqual([...HOSTILE_TEXTS]);
    expect(notes).toEqual(HOSTILE_TEXTS.map((text) => `${text}|note`));
    // Numbers and dates stay numbers.
    expect(values).toEqual(HOSTILE_TEXTS.map((__, i) => i));
    expect(dates).toEqual(HOSTILE_TEXTS.map((__, i) => 46000 + i));
  });

  it("setCell keeps every hostile text as it was", async () => {
    const subject = make();
    await subject.workbook.appendRows(await leadsOf(subject), [
      [null, "Website", "Open", null, null],
    ]);
    const location = await leadsOf(subject);
    for (const text of HOSTILE_TEXTS) {
      await subject.workbook.setCell(location, 0, 2, text);
      const [[outcome]] = await subject.workbook.readColumns(location, [2]);
      expect(outcome).toBe(text);
    }
  });

  it("writeGeneratedSheet keeps every hostile text as it was", async () => {
    const subject = make();
    const sheet: GeneratedSheet = {
      kind: "lead-tally",
      preferredName: "Lead Tally",
      rows: HOSTILE_TEXTS.map((text, i) => [text, i]),
      boldRows: [0],
      // A percent format over text must not make the text a number.
      formats: [
        {
          row: 0,
          column: 0,
          rowCount: HOSTILE_TEXTS.length,
          columnCount: 1,
          numberFormat: "0.0%",
        },
      ],
    };

    const name = await subject.workbook.writeGeneratedSheet(sheet);

    const cells = await subject.sheetValues(name);
    expect(cells.map((row) => row[0])).toEqual([...HOSTILE_TEXTS]);
    expect(cells.map((row) => String(row[1]))).toEqual(HOSTILE_TEXTS.map((__, i) => String(i)));
  });

  it("text of exactly 32,767 characters, the most a cell holds, comes back whole", async () => {
    const subject = make();
    const longest = "=".repeat(10) + "x".repeat(EXCEL_CELL_LIMIT - 20) + "\u05e9".repeat(10);
    expect(longest).toHaveLength(EXCEL_CELL_LIMIT);

    await subject.workbook.appendRows(await leadsOf(subject), [
      [null, "Web", "Open", null, longest],
    ]);

    const location = await leadsOf(subject);
    const [[notes]] = await subject.workbook.readColumns(location, [4]);
    expect(notes).toBe(longest);
  });

  describe("text longer than a cell holds is refused with a message, and nothing is written", () => {
    const tooLong = "n".repeat(EXCEL_CELL_LIMIT + 1);

    async function expectRefused(subject: Subject, write: Promise<unknown>): Promise<void> {
      const before = await subject.shot();
      const error = await write.then(
        () => null,
        (thrown: unknown) => thrown
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/32,768 characters/);
      expect((error as Error).message).toMatch(/at most 32,767/);
      expect(changesBetween(before, await subject.shot())).toEqual([]);
    }

    itForLimits("by appendRows", async () => {
      const subject = make();
      const location = await leadsOf(subject);
      await expectRefused(
        subject,
        subject.workbook.appendRows(location, [
          [null, "Web", "Open", null, "fine"],
          [null, "Web", "Open", null, tooLong],
        ])
      );
    });

    itForLimits("by setCell", async () => {
      const subject = make();
      await subject.workbook.appendRows(await leadsOf(subject), [
        [null, "Web", "Open", null, null],
      ]);
      const location = await leadsOf(subject);
      await expectRefused(subject, subject.workbook.setCell(location, 0, 4, tooLong));
    });

    itForLimits("by writeGeneratedSheet", async () => {
      const subject = make();
      await expectRefused(
        subject,
        subject.workbook.writeGeneratedSheet({
          kind: "lead-tally",
          preferredName: "Lead Tally",
          rows: [["Won labels", tooLong]],
          boldRows: [],
          formats: [],
        })
      );
    });
  });
});

describe.each(SUBJECTS)("random text through the %s", (_, make) => {
  const text = fc.oneof(
    fc.constantFrom(...HOSTILE_TEXTS),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "\t", "\r", " ", "'", "#"),
        fc.string({ maxLength: 12 })
      )
      .map(([first, rest]) => first + rest),
    fc.double().map(String),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))
  );

  it("every text appended, marked or written to a generated sheet reads back as it was", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        text,
        async (texts, mark) => {
          const subject = make();
          // A date in every row, so that rows of blank text are rows all the same.
          const rows: WriteValue[][] = texts.map((one) => [{ serial: 46000 }, one, one, null, one]);
          await subject.workbook.appendRows(await leadsOf(subject), rows);
          const location = await leadsOf(subject);
          await subject.workbook.setCell(location, 0, 2, mark);
          const [sources, outcomes, notes] = await subject.workbook.readColumns(
            location,
            [1, 2, 4]
          );
          // Empty text is an empty cell; everything else comes back exactly.
          expect(sources).toEqual(texts);
          expect(notes).toEqual(texts);
          expect(outcomes).toEqual([mark, ...texts.slice(1)]);

          // A fresh workbook: the fake Excel cannot weigh its sheets' load once tables were loaded
          // on the same context (its collection proxies refer to each other).
          const fresh = make();
          const name = await fresh.workbook.writeGeneratedSheet({
            kind: "lead-tally",
            preferredName: "Lead Tally",
            rows: texts.map((one) => [one]),
            boldRows: [],
            formats: [],
          });
          const cells = (await fresh.sheetValues(name)).map((row) => row[0] ?? "");
          expect(cells).toEqual(texts);
        }
      ),
      { numRuns: 150 }
    );
  });
});

describe("the Excel adapter's refusal of text too long for a cell", () => {
  it("names where the text is and is a WorkbookError, before anything is sent", async () => {
    const excel = new FakeExcel();
    excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS, rows: [] });
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: () => true });
    const location: LeadsLocation = {
      sheetName: "Leads",
      tableName: "Leads",
      headerRow: 0,
      firstColumn: 0,
      headers: HEADERS,
      rowCount: 0,
    };

    const appending = workbook.appendRows(location, [
      [null, "Web", "Open", null, "n".repeat(40_000)],
    ]);

    await expect(appending).rejects.toBeInstanceOf(WorkbookError);
    await expect(appending).rejects.toThrow(
      'The text for row 1, column "Notes" is 40,000 characters long; an Excel cell holds at most 32,767. Nothing was written.'
    );
    expect(excel.syncs).toHaveLength(0);
  });
});
