/**
 * The work behind the Marketing vs Sales balance, loaded the first time the owner asks for it,
 * so the pane's first view does not carry it: reading the leads and the spend table, building the
 * report with the engine, and finding or creating a spend table.
 */
import {
  checkReadColumns,
  BalanceReport,
  Cell,
  ColumnMapping,
  PeriodUnit,
  SavedLocation,
  TallySettings,
  buildBalanceReport,
  dayNumberFromCivil,
  looksLikeSpendHeader,
  outcomeRules,
  serialFromLocalTime,
  spendColumns,
  toAmount,
} from "../engine";
import type { LeadWorkbook, LeadsLocation, ReadProgress } from "../workbook/workbook";
import { columnLetters } from "../workbook/rules/names";
import { describeLocation } from "./describe";
import { isSavedLocation, savedLocationOf } from "./leadsChoice";
import { NEW_SPEND_TABLE_HEADERS, SPEND_TABLE_NAME, spendTableRows } from "./spendTable";

export interface BalanceRequest {
  readonly workbook: LeadWorkbook;
  readonly leads: LeadsLocation;
  readonly mapping: ColumnMapping;
  readonly settings: TallySettings;
  /** The moment of the click, on the owner's clock. */
  readonly now: Date;
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface BalanceComputed {
  readonly report: BalanceReport;
  readonly unit: PeriodUnit;
  readonly target: number;
  /** A period with fewer leads than this is marked thin. */
  readonly thinPeriodLeads: number;
  /** The completion from which the diagnosis judges a recent period on its projected conversion. */
  readonly projectionCompletion: number;
  /** Where the spend came from ('table "Spend" on sheet "Spend"'), or null without spend. */
  readonly spendFrom: string | null;
  /** True when no spend table was chosen and the one used was found in the workbook. */
  readonly spendFound: boolean;
  /** Why a saved spend table was not used, in the owner's words. */
  readonly problems: readonly string[];
}

/** A column read from a sheet, with where its cells are, to name a bad one to the owner. */
interface PlacedColumn {
  readonly cells: readonly Cell[];
  readonly location: LeadsLocation;
  readonly column: number;
}

/** The sheet address of a column's nth cell (zero-based), e.g. 'cell B4 on sheet "Spend"'. */
function cellAddress(placed: PlacedColumn, row: number): string {
  const { location, column } = placed;
  const address = `${columnLetters(location.firstColumn + column)}${location.headerRow + row + 2}`;
  return `cell ${address} on sheet "${location.sheetName}"`;
}

/**
 * The engine names a bad amount by its position in the column it was given ("cell 3"); the
 * owner needs the sheet's address. Found by asking the engine about each cell again, so the
 * address is that of exactly the cell the engine refused.
 */
function explainAmountError(
  message: string,
  columns: readonly { placed: PlacedColumn | null; argument: string; allowNegative: boolean }[]
): string {
  for (const { placed, argument, allowNegative } of columns) {
    if (placed === null) continue;
    const row = placed.cells.findIndex((cell, index) => {
      const amount = toAmount(cell, argument, index + 1, allowNegative);
      return !amount.ok && amount.error.message === message;
    });
    if (row >= 0)
      return `${message} That is ${cellAddress(placed, row)}: type a plain number there.`;
  }
  return message;
}

function describeSaved(saved: SavedLocation): string {
  return describeLocation({ ...saved, headers: [], rowCount: 0 });
}

/** Tables and ranges that can be the spend table, the leads themselves left out. */
export async function findSpendTables(
  workbook: LeadWorkbook,
  leads: LeadsLocation | null
): Promise<LeadsLocation[]> {
  const found = await workbook.findTables(looksLikeSpendHeader);
  return leads === null
    ? found
    : found.filter((location) => !isSavedLocation(location, savedLocationOf(leads)));
}

/** The saved spend table as it is now, or why it cannot be used. */
async function spendTable(
  workbook: LeadWorkbook,
  leads: LeadsLocation,
  saved: SavedLocation
): Promise<LeadsLocation | string> {
  const notFound =
    `The spend table saved in this workbook (${describeSaved(saved)}) was not found, or has no ` +
    "Source and Spend columns any more; the balance is shown without spend. Choose the spend table again.";
  const found = await findSpendTables(workbook, leads);
  return found.find((location) => isSavedLocation(location, saved)) ?? notFound;
}

interface SpendRead {
  readonly sources: PlacedColumn;
  readonly amounts: PlacedColumn;
  readonly periods: readonly Cell[] | null;
}

async function readSpend(workbook: LeadWorkbook, table: LeadsLocation): Promise<SpendRead | null> {
  const at = spendColumns(table.headers);
  if (at === null) return null;
  const wanted = at.period === null ? [at.source, at.spend] : [at.source, at.spend, at.period];
  const [sources, amounts, periods] = await workbook.readColumns(table, wanted);
  return {
    sources: { cells: sources, location: table, column: at.source },
    amounts: { cells: amounts, location: table, column: at.spend },
    periods: periods ?? null,
  };
}

export async function computeBalance(request: BalanceRequest): Promise<BalanceComputed> {
  const { workbook, leads, mapping, settings, now } = request;
  if (mapping.date === null || mapping.source === null) {
    throw new Error("Choose the leads and their Date and Source columns first.");
  }
  const wanted = [mapping.date, mapping.source, mapping.outcome, mapping.value, mapping.closed];
  const columns = wanted.filter((column): column is number => column !== null);
  const cells = await workbook.readColumns(leads, columns, request.onProgress);
  const checked = checkReadColumns(
    columns.map((column, index) => ({ header: leads.headers[column], cells: cells[index] }))
  );
  if (!checked.ok) throw new Error(checked.error.message);
  const cellsOf = (column: number | null): Cell[] | null =>
    column === null ? null : cells[columns.indexOf(column)];

  const problems: string[] = [];
  let spendAt: LeadsLocation | null = null;
  let spendFound = false;
  if (settings.spend !== null) {
    const found = await spendTable(workbook, leads, settings.spend);
    if (typeof found === "string") problems.push(found);
    else spendAt = found;
  } else if (!settings.spendDeclined) {
    // Found the way the leads are: a spend table in the workbook is used without a click, and
    // the pane says where it came from so the owner can choose another.
    spendAt = (await findSpendTables(workbook, leads))[0] ?? null;
    spendFound = spendAt !== null;
  }
  const spend = spendAt === null ? null : await readSpend(workbook, spendAt);

  // Money on the sheet shows the currency Excel tells (a plain number where it tells none).
  const culture = await workbook.readCulture();
  const computedAt = serialFromLocalTime(now);
  const values = cellsOf(mapping.value);
  const report = buildBalanceReport({
    dates: cellsOf(mapping.date) ?? [],
    sources: cellsOf(mapping.source) ?? [],
    outcomes: cellsOf(mapping.outcome),
    values,
    closed: cellsOf(mapping.closed),
    spend:
      spend === null
        ? null
        : {
            sources: spend.sources.cells,
            amounts: spend.amounts.cells,
            periods: spend.periods,
          },
    unit: settings.balance.unit,
    rules: outcomeRules(settings.wonLabels, settings.lostLabels),
    thresholds: settings.balance.thresholds,
    origin: describeLocation(leads),
    computedAt,
    today: dayNumberFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    culture,
  });
  if (!report.ok) {
    throw new Error(
      explainAmountError(report.error.message, [
        {
          placed:
            values === null || mapping.value === null
              ? null
              : { cells: values, location: leads, column: mapping.value },
          argument: "values",
          allowNegative: true,
        },
        { placed: spend?.amounts ?? null, argument: "spend", allowNegative: false },
      ])
    );
  }
  return {
    report: report.value,
    unit: settings.balance.unit,
    target: settings.balance.thresholds.targetConversionRate,
    thinPeriodLeads: settings.balance.thresholds.thinPeriodLeads,
    projectionCompletion: settings.balance.thresholds.projectionCompletion,
    spendFrom: spend === null ? null : describeLocation(spend.amounts.location),
    spendFound,
    problems,
  };
}

/**
 * A new Spend table on a new sheet, with a row for each source of the leads and recent period,
 * Spend left empty for the owner; sheet and table get free names, so nothing of the owner's changes.
 */
export async function createSpendTable(
  workbook: LeadWorkbook,
  leads: LeadsLocation | null,
  mapping: ColumnMapping | null,
  unit: PeriodUnit,
  now: Date
): Promise<LeadsLocation> {
  let rows: ReturnType<typeof spendTableRows> = [];
  if (leads !== null && mapping !== null && mapping.source !== null) {
    const [sources] = await workbook.readColumns(leads, [mapping.source]);
    const today = dayNumberFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
    rows = spendTableRows(sources, unit, today);
  }
  return workbook.createTable(SPEND_TABLE_NAME, NEW_SPEND_TABLE_HEADERS, rows);
}
