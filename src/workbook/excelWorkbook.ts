/**
 * The Office.js adapter: LeadWorkbook against Excel. This is the one module of the add-in that
 * calls Excel.run; everything else reaches the workbook through the LeadWorkbook interface.
 *
 * Each method is one Excel.run with as few round trips as it can: properties are loaded by name,
 * never all at once, and large reads go in row blocks that keep every response well inside Excel
 * on the web's 5 MB (see excel/blocks.ts). Text is always written as literal text (see
 * excel/cellWrites.ts); new rows go below a table, never through rows.add (co-authoring); the
 * columns are found again by their headers on every call (rules/columns.ts); generated sheets are
 * built in full beside the old ones, chart included, and refreshed in place only when complete
 * (see excel/generatedSheets.ts and excel/charts.ts). The generated sheets' writer and the new
 * tables' maker load on first use, outside the pane's first view.
 */
import { Cell, MoneyCulture, UNKNOWN_MONEY_CULTURE, excelErrorCell } from "../engine";
import { GeneratedSheet, LeadsLocation, LeadWorkbook, ReadProgress, WriteValue } from "./workbook";
import { checkColumn, checkRowWidths, checkTextLengths } from "./rules/checks";
import {
  columnsFromHeaderRow,
  leadCells,
  queueHeaderRow,
  queueRowCount,
  RowCountQuery,
  rowCountNow,
} from "./excel/leadCells";
import {
  columnRuns,
  firstBlockRows,
  isPayloadLimitError,
  nextBlockRows,
  responseBytes,
} from "./excel/blocks";
import {
  describeLocation,
  explainLeadsError,
  LEAD_TALLY_ERROR,
  WorkbookError,
} from "./excel/errors";
import { findLeads, findTables } from "./excel/findLeads";
import { SetSupport, yieldToEventLoop } from "./excel/requests";

export { WorkbookError } from "./excel/errors";
/** The worksheet custom property that marks a generated sheet (workbook.ts). */
export { GENERATED_SHEET_MARK as GENERATED_MARK_KEY } from "./workbook";

/** Excel.run's one-argument form: runs a batch function against a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run itself, for the self-check (src/selfcheck), which goes to Excel through an ExcelRun. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

export interface ExcelWorkbookOptions {
  /** Excel.run unless given; tests pass a function that hands the batch a mocked context. */
  readonly run?: ExcelRun;
  /** Office.context.requirements.isSetSupported unless given. */
  readonly isSetSupported?: SetSupport;
}

/** The workbook setting that holds Lead Tally's settings, as JSON text. */
export const SETTINGS_KEY = "LeadTally.settings";

/** Runs work on the leads, saying so when an error means their table or sheet has gone. */
async function onLeads<T>(location: LeadsLocation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainLeadsError(error, location);
  }
}

/**
 * Reads columns (indexes into location.headers) where their headers are now: the first round
 * trip checks the header row; should a column have moved since the leads were found, the read
 * starts again at the columns' new places.
 */
async function readColumns(
  context: Excel.RequestContext,
  location: LeadsLocation,
  columns: readonly number[],
  onProgress?: (progress: ReadProgress) => void
): Promise<Cell[][]> {
  columns.forEach((column) => checkColumn(location, column));
  const first = await readColumnsAt(context, location, columns, onProgress);
  if (Array.isArray(first)) return first;
  const moved = first.columns;
  const again = await readColumnsAt(
    context,
    location,
    columns.map((column) => moved[column]),
    onProgress,
    moved
  );
  if (Array.isArray(again)) return again;
  throw new WorkbookError(
    LEAD_TALLY_ERROR,
    `The columns of the ${describeLocation(location)} were moving while Lead Tally read them; try again.`
  );
}

/**
 * Reads columns at these offsets from the leads' first column. `expected` is where the headers
 * should be now (null: where they were found); if the header row says otherwise, nothing is
 * returned but where they are.
 */
async function readColumnsAt(
  context: Excel.RequestContext,
  location: LeadsLocation,
  columns: readonly number[],
  onProgress: ((progress: ReadProgress) => void) | undefined,
  expected: readonly number[] | null = null
): Promise<Cell[][] | { readonly columns: readonly number[] }> {
  const runs = columnRuns(columns);
  const width = runs.reduce((sum, run) => sum + run.count, 0);
  const read = new Map<number, Cell[]>();
  for (const run of runs) {
    for (let column = run.first; column < run.first + run.count; column++) read.set(column, []);
  }

  // The first round trip also counts the rows as they are now; until then, the location's count
  // sizes the first block (at least one row, so that the count is always made).
  let total: number | null = null;
  let start = 0;
  let blockRows = firstBlockRows(width);
  while (total === null || start < total) {
    const expectedRows: number = total ?? location.rowCount;
    const rows = Math.min(blockRows, Math.max(1, expectedRows - start));
    // Values only: loading valueTypes with them doubled every read's payload (a full-sheet read
    // went from 14 round trips to 27) to learn something only error-like text needs; those cells
    // get their types in a round trip of their own (errorCellsOf).
    const blocks = runs.map((run) =>
      leadCells(context, location, start, rows, run.first, run.count).load("values")
    );
    const counting: RowCountQuery | null = total === null ? queueRowCount(context, location) : null;
    const header = total === null ? queueHeaderRow(context, location) : null;
    try {
      // One block per round trip is the point here: it keeps each response inside the limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      if (rows === 1) {
        throw new WorkbookError(
          LEAD_TALLY_ERROR,
          `Excel could not hand over row ${start + 1} of the ${describeLocation(location)}: ` +
            `even that one row is more than Excel allows in one response.`,
          error
        );
      }
      blockRows = Math.floor(rows / 2);
      continue;
    }

    if (header !== null) {
      const at = columnsFromHeaderRow(header, location);
      const should = expected ?? location.headers.map((_, index) => index);
      if (at.some((column, index) => column !== should[index])) return { columns: at };
    }
    const now: number = counting !== null ? rowCountNow(counting, location) : expectedRows;
    total = now;
    const kept = Math.max(0, Math.min(rows, now - start));
    let bytes = 0;
    const blockValues = await errorCellsOf(context, location, start, runs, blocks);
    blocks.forEach((block, index) => {
      const values = blockValues[index];
      bytes += responseBytes(block.values);
      const run = runs[index];
      for (let offset = 0; offset < run.count; offset++) {
        const target = read.get(run.first + offset) as Cell[];
        for (let row = 0; row < kept; row++) target.push(values[row][offset]);
      }
    });
    start += kept;
    onProgress?.({ rowsRead: start, totalRows: now });
    blockRows = nextBlockRows(rows, bytes, width);
    if (start < now) await yieldToEventLoop();
  }
  return columns.map((column) => read.get(column) as Cell[]);
}

/** How many one-cell type look-ups go in one round trip (each is a small request and answer). */
const TYPE_LOOKUPS_PER_SYNC = 5_000;

/**
 * The blocks' cells as the engine takes them. Range.values hands an error cell over as its text
 * ("#N/A"), just as it hands over that text written literally; only valueTypes tells them apart.
 * So the cells whose value reads as an error's text, rare in leads, have their valueTypes loaded
 * one by one (in round trips of their own, none when there are no such cells).
 */
async function errorCellsOf(
  context: Excel.RequestContext,
  location: LeadsLocation,
  start: number,
  runs: readonly { readonly first: number; readonly count: number }[],
  blocks: readonly Excel.Range[]
): Promise<Cell[][][]> {
  const suspects: { block: number; row: number; offset: number }[] = [];
  blocks.forEach((block, index) =>
    block.values.forEach((row, r) =>
      row.forEach((value, offset) => {
        if (excelErrorCell(value) !== null) suspects.push({ block: index, row: r, offset });
      })
    )
  );
  const types = blocks.map((block) => block.values.map((row) => row.map(() => "")));
  for (let first = 0; first < suspects.length; first += TYPE_LOOKUPS_PER_SYNC) {
    const batch = suspects.slice(first, first + TYPE_LOOKUPS_PER_SYNC).map((suspect) => ({
      suspect,
      cell: leadCells(
        context,
        location,
        start + suspect.row,
        1,
        runs[suspect.block].first + suspect.offset,
        1
      ).load("valueTypes"),
    }));
    // Rare, and bounded per round trip so each request stays small.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { suspect, cell } of batch) {
      types[suspect.block][suspect.row][suspect.offset] = cell.valueTypes[0][0];
    }
  }
  return blocks.map((block, index) => cellsFromExcel(block.values, types[index]));
}

/**
 * The cells of a block as the engine takes them: an error cell, which Range.values hands over as
 * its text ("#N/A", "#DIV/0!"…), becomes the error value it is (as the custom functions get it),
 * told from the same text written literally by its valueTypes ("Error" rather than "String").
 */
export function cellsFromExcel(values: unknown[][], valueTypes: readonly string[][]): Cell[][] {
  return values.map((row, r) =>
    row.map((value, c) =>
      valueTypes[r]?.[c] === "Error" ? (excelErrorCell(value) ?? value) : value
    )
  );
}

function checkRows(location: LeadsLocation, rows: readonly (readonly WriteValue[])[]): void {
  checkRowWidths(location, rows);
  checkTextLengths(location, rows, 0, 0);
}

/** Where the leads' rows are now. */
interface LeadsPlace {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
}

/** The data row of a cell inside the leads, or null. */
function rowAt(
  place: LeadsPlace,
  width: number,
  sheetName: string,
  rowIndex: number,
  columnIndex: number
): number | null {
  const row = rowIndex - place.headerRow - 1;
  const inside =
    sheetName === place.sheetName &&
    row >= 0 &&
    row < place.rowCount &&
    columnIndex >= place.firstColumn &&
    columnIndex < place.firstColumn + width;
  return inside ? row : null;
}

async function selectedRow(
  context: Excel.RequestContext,
  location: LeadsLocation
): Promise<number | null> {
  // The active cell rather than the selection: it is one cell, even in a selection of many areas.
  const active = context.workbook.getActiveCell().load("rowIndex, columnIndex");
  const activeSheet = active.worksheet.load("name");
  const width = location.headers.length;
  const rowCount = queueRowCount(context, location);
  if (location.tableName === null) {
    await context.sync();
    const place = { ...location, rowCount: rowCountNow(rowCount, location) };
    return rowAt(place, width, activeSheet.name, active.rowIndex, active.columnIndex);
  }

  // A table may also have moved since it was found: where it is now.
  const table = context.workbook.tables.getItem(location.tableName);
  const sheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("rowIndex, columnIndex");
  await context.sync();
  const place: LeadsPlace = {
    sheetName: sheet.name,
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
    rowCount: rowCountNow(rowCount, location),
  };
  return rowAt(place, width, activeSheet.name, active.rowIndex, active.columnIndex);
}

async function loadSettings(context: Excel.RequestContext): Promise<unknown> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  return setting.isNullObject ? null : (setting.value as unknown);
}

async function saveSettings(context: Excel.RequestContext, settings: unknown): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings) ?? "null");
  await context.sync();
}

/**
 * Application.cultureInfo (office-js-docs-pr docs/excel/excel-add-ins-workbooks.md, "Access
 * application culture settings"; office-js-docs-reference excel.cultureinfo and
 * excel.numberformatinfo): the name needs ExcelApi 1.11 and the currency symbol 1.17. Each is
 * asked only where the set is there, so an older Excel gets a plain number format, not an error.
 */
async function readCulture(
  context: Excel.RequestContext,
  supports: SetSupport
): Promise<MoneyCulture> {
  if (!supports("ExcelApi", "1.11")) return UNKNOWN_MONEY_CULTURE;
  const culture = context.application.cultureInfo.load("name");
  const numbers = supports("ExcelApi", "1.17") ? culture.numberFormat.load("currencySymbol") : null;
  await context.sync();
  return { name: culture.name || null, currencySymbol: numbers?.currencySymbol || null };
}

export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): LeadWorkbook {
  // Excel and Office are read only when a method runs, so this module loads outside Office too.
  const run: ExcelRun = options.run ?? excelRun;
  const supports: SetSupport =
    options.isSetSupported ??
    ((set, version) => Office.context.requirements.isSetSupported(set, version));
  // The system's culture does not change while the pane is open: asked once per session, and
  // again only after a failed read.
  let culture: Promise<MoneyCulture> | null = null;

  return {
    isPreview: false,
    findLeads: () => run((context) => findLeads(context)),
    readColumns: (location, columns, onProgress) =>
      run((context) =>
        onLeads(location, () => readColumns(context, location, columns, onProgress))
      ),
    appendRows: async (location, rows) => {
      checkRows(location, rows);
      if (rows.length === 0) return location;
      const { tableName } = location;
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/leadWrites");
      return run((context) =>
        onLeads(location, () =>
          tableName !== null
            ? writes.appendTableRows(context, { ...location, tableName }, rows, supports)
            : writes.appendRangeRows(context, location, rows, supports)
        )
      );
    },
    setCell: async (location, row, column, value) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/leadWrites");
      return run((context) =>
        onLeads(location, () => writes.setCell(context, location, row, column, value))
      );
    },
    setRowCells: async (location, row, values, identity) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/rowWrites");
      return run((context) =>
        onLeads(location, () => writes.setRowCells(context, location, row, values, identity))
      );
    },
    addDateColumn: async (location, header) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/rowWrites");
      const { tableName } = location;
      return run((context) =>
        onLeads(location, () =>
          tableName !== null
            ? writes.addTableDateColumn(context, { ...location, tableName }, header, supports)
            : writes.addRangeDateColumn(context, location, header)
        )
      );
    },
    rewriteTexts: async (location, column, texts) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/leadWrites");
      return run((context) =>
        onLeads(location, () => writes.rewriteColumnTexts(context, location, column, texts))
      );
    },
    removeWrittenRow: async (location, row, written) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/leadWrites");
      return run((context) =>
        onLeads(location, () => writes.removeWrittenRow(context, location, row, written))
      );
    },
    setListValidation: async (location, column, items) => {
      const writes = await import(/* webpackChunkName: "lead-writes" */ "./excel/leadWrites");
      return run((context) =>
        onLeads(location, () =>
          writes.setListValidation(context, location, column, items, supports)
        )
      );
    },
    selectedRow: (location) =>
      run((context) => onLeads(location, () => selectedRow(context, location))),
    findTables: (accepts) => run((context) => findTables(context, accepts)),
    createLeadsTable: async () => {
      const tables = await import(/* webpackChunkName: "new-tables" */ "./excel/newTables");
      return run((context) => tables.createLeadsTable(context, supports));
    },
    createTable: async (preferredName, headers, rows) => {
      const tables = await import(/* webpackChunkName: "new-tables" */ "./excel/newTables");
      return run((context) => tables.createTable(context, supports, preferredName, headers, rows));
    },
    writeGeneratedSheet: async (sheet: GeneratedSheet) => {
      // Loaded with the first tally or balance rather than with the pane: the generated sheets'
      // writer and chart are not needed to show the first view.
      const { writeGeneratedSheet } = await import(
        /* webpackChunkName: "generated-sheets" */ "./excel/generatedSheets"
      );
      return run((context) => writeGeneratedSheet(context, sheet, supports));
    },
    readCulture: () => {
      culture ??= run((context) => readCulture(context, supports)).catch((error: unknown) => {
        culture = null;
        throw error;
      });
      return culture;
    },
    loadSettings: () => run((context) => loadSettings(context)),
    saveSettings: (settings) => run((context) => saveSettings(context, settings)),
  };
}
