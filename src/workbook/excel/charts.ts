/**
 * The native Excel chart of a generated sheet (Marketing vs Sales): leads and clients as clustered
 * columns, the conversion rate as a line on a secondary axis, built from the sheet's own table.
 *
 * Everything here is queued on the sheet being written and goes with its content in the same
 * round trip, so the chart is part of the all-or-nothing write in generatedSheets.ts: a chart that
 * Excel refuses fails that sync, and the temporary sheet is discarded with it.
 *
 * Requirement sets: charts.add, titles, legend, series.getItemAt and setPosition are ExcelApi 1.1;
 * a series' chartType and axes.getItem are 1.7; a series' axisGroup and an axis' numberFormat are
 * 1.8; a series' format.line.lineStyle (the dashed projected line) is 1.7
 * (office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.chartlineformat.yml).
 * Without 1.8 the chart has the columns only, and the sheet says why. (The manifest asks
 * for ExcelApi 1.12, which the generated sheets' mark needs, so that is a guard rather than a path
 * an owner's Excel is expected to take.)
 */
import { BalanceChart } from "../../engine";
import { TEXT_FORMAT } from "./cellWrites";
import { SetSupport } from "./requests";

/** The chart's size in points: about ten default columns (48 pt) by twenty rows (15 pt). */
export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 300;

/** The tick-label format of the rate axis: the rates are fractions (0.25 is 25%). */
export const RATE_AXIS_FORMAT = "0%";

/** True when this Excel can put a line series on a secondary axis. */
export function canDrawRateLine(supports: SetSupport): boolean {
  return supports("ExcelApi", "1.8");
}

/**
 * Queues a text written as literal text into one cell: "@" before the value, as every text the
 * adapter writes (see cellWrites.ts).
 */
function queueText(target: Excel.Worksheet, row: number, column: number, text: string): void {
  const cell = target.getRangeByIndexes(row, column, 1, 1);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[text]];
}

/**
 * Queues the chart on the sheet being written, after its content. A block with a header row only
 * (no periods yet) gets no chart: there is nothing to draw, and Excel would guess the series.
 */
export function queueBalanceChart(
  target: Excel.Worksheet,
  chart: BalanceChart,
  supports: SetSupport
): void {
  if (chart.rowCount < 2) return;
  const withLine = canDrawRateLine(supports);

  // Period, the column series, then the rate: the rate column is left out of the block without
  // 1.8, so the older Excel never sees a series it could only draw as a third column.
  const lines = chart.projectedSeries === undefined ? 1 : 2;
  const columnCount = 1 + chart.columnSeries.length + (withLine ? lines : 0);
  const block = target.getRangeByIndexes(
    chart.dataRow,
    chart.dataColumn,
    chart.rowCount,
    columnCount
  );
  // Excel.ChartType.columnClustered and Excel.ChartSeriesBy.columns, as their string values: the
  // Excel namespace exists only inside Office. By columns, the header row names the series (the
  // names stay linked to those cells) and the period column, text, gives the categories.
  const added = target.charts.add("ColumnClustered", block, "Columns");

  added.title.text = chart.title;
  added.legend.visible = true;
  added.legend.position = "Bottom";
  added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
  added.axes.valueAxis.title.text = chart.valueAxisTitle;

  if (withLine) {
    for (let line = 0; line < lines; line++) {
      const rate = added.series.getItemAt(chart.columnSeries.length + line);
      rate.chartType = "Line";
      // Setting the axis group makes the secondary axes; they can be asked for only after it.
      rate.axisGroup = "Secondary";
      // Excel.ChartLineStyle.dash: the projected rate is a forecast, not a fall to be read as one.
      if (line === 1) rate.format.line.lineStyle = "Dash";
    }
    const rateAxis = added.axes.getItem("Value", "Secondary");
    rateAxis.numberFormat = RATE_AXIS_FORMAT;
    rateAxis.title.text = chart.secondaryAxisTitle;
  } else {
    // After the content (and its autofit), so the long note overflows into the empty cells
    // beside it instead of widening its column.
    const note = chart.fallbackNote;
    queueText(target, note.row, note.column, note.text);
  }

  added.setPosition(target.getRangeByIndexes(chart.anchorRow, chart.anchorColumn, 1, 1));
  added.width = CHART_WIDTH;
  added.height = CHART_HEIGHT;
}
