/**
 * The balance chart as chart.js draws it, in the pane and in the preview of the Marketing vs
 * Sales sheet alike: leads and clients as columns, the conversion rate as a line on a second axis
 * from 0 to 100%, as the native chart Excel draws on the sheet. chart.js is loaded on demand, and
 * only the parts this chart needs are registered.
 */
import type { Chart, ChartConfiguration, Plugin, TooltipItem } from "chart.js";
import type { ChartPalette } from "./chartColors";

export interface ComboSeries {
  readonly label: string;
  /** One value per category; null leaves a gap (a period without leads has no rate). */
  readonly data: readonly (number | null)[];
}

export interface ComboChartData {
  readonly labels: readonly string[];
  /** The column series on the first axis: leads, then clients. */
  readonly columns: readonly ComboSeries[];
  /** The rate, 0 to 1, on the second axis. */
  readonly line: ComboSeries;
  /**
   * The projected rate of recent periods, 0 to 1, drawn dashed and lighter on the rate axis so it
   * reads as a forecast, not a fall; absent without projections.
   */
  readonly projected?: ComboSeries;
  /** A level drawn dashed on the rate axis (the owner's target), or null. */
  readonly level: ComboSeries | null;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly rateTitle: string;
  /**
   * Per category: true for the period under way. Its columns are drawn hollow and its label says
   * "so far": its figures are not a fall, only not yet complete.
   */
  readonly soFar?: readonly boolean[];
  /** Per category: true for a thin period (few leads); its rate point is drawn hollow. */
  readonly thin?: readonly boolean[];
}

/** What marks a category beyond its figures: "so far", "thin", both, or nothing. */
export function categoryMarks(data: ComboChartData, index: number): string[] {
  const marks: string[] = [];
  if (data.soFar?.[index] === true) marks.push("so far");
  if (data.thin?.[index] === true) marks.push("thin");
  return marks;
}

export type ChartClass = typeof Chart;

/** chart.js with the bar and line parts registered. */
export async function loadComboChart(): Promise<ChartClass> {
  const chartJs = await import(/* webpackChunkName: "chart" */ "chart.js");
  chartJs.Chart.register(
    chartJs.BarController,
    chartJs.BarElement,
    chartJs.LineController,
    chartJs.LineElement,
    chartJs.PointElement,
    chartJs.CategoryScale,
    chartJs.LinearScale,
    chartJs.Legend,
    chartJs.Tooltip
  );
  return chartJs.Chart;
}

/**
 * Writes "so far" above the period under way's columns: the axis may skip that period's label in
 * a narrow pane, and the hollow columns alone do not say why they are hollow.
 */
function soFarLabel(soFar: readonly boolean[], colour: string): Plugin<"bar" | "line"> {
  return {
    id: "soFarLabel",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const bars = chart.getDatasetMeta(0).data;
      const tops = chart.data.datasets
        .map((_, index) => chart.getDatasetMeta(index))
        .filter((meta) => meta.type === "bar");
      soFar.forEach((under, index) => {
        const bar = bars[index];
        if (!under || bar === undefined) return;
        const top = Math.min(...tops.map((meta) => meta.data[index]?.y ?? bar.y));
        ctx.save();
        ctx.fillStyle = colour;
        ctx.font = "11px sans-serif";
        ctx.textBaseline = "bottom";
        // Kept inside the plot where the period is the last one, against the rate axis.
        const half = ctx.measureText("so far").width / 2;
        const x = Math.min(bar.x, chart.chartArea.right - half);
        ctx.textAlign = "center";
        ctx.fillText("so far", x, Math.max(top - 2, chart.chartArea.top + 11));
        ctx.restore();
      });
    },
  };
}

function percent(value: number, decimals: number): string {
  return `${(value * 100).toFixed(decimals)}%`;
}

export function comboChartConfig(
  data: ComboChartData,
  palette: ChartPalette
): ChartConfiguration<"bar" | "line", (number | null)[], string | string[]> {
  const { text, grid } = palette;
  const columnColours = [palette.leads, palette.clients];
  const title = (words: string) => ({ display: true, text: words, color: text });
  const soFar = data.labels.map((_, index) => data.soFar?.[index] === true);
  const thin = data.labels.map((_, index) => data.thin?.[index] === true);
  return {
    type: "bar",
    plugins: soFar.some((under) => under) ? [soFarLabel(soFar, text)] : [],
    data: {
      // The period under way is labelled on a second line, so the narrow pane keeps its width.
      labels: data.labels.map((label, index) => (soFar[index] ? [label, "so far"] : label)),
      datasets: [
        ...data.columns.map((series, index) => {
          const colour = columnColours[index % columnColours.length];
          return {
            type: "bar" as const,
            label: series.label,
            data: [...series.data],
            // Hollow for the period under way: lighter than the complete periods, outlined.
            backgroundColor: soFar.map((under) => (under ? "transparent" : colour)),
            borderColor: colour,
            borderWidth: soFar.map((under) => (under ? 1.5 : 0)),
            pointStyle: "rect" as const,
            yAxisID: "y",
            order: 2,
          };
        }),
        {
          type: "line" as const,
          label: data.line.label,
          data: [...data.line.data],
          borderColor: palette.rate,
          backgroundColor: palette.rate,
          // Hollow points where a period is thin: its rate rests on a few leads.
          pointBackgroundColor: thin.map((few) => (few ? "transparent" : palette.rate)),
          pointRadius: 3,
          pointStyle: "circle" as const,
          yAxisID: "rate",
          order: 1,
        },
        ...(data.projected === undefined
          ? []
          : [
              {
                type: "line" as const,
                label: data.projected.label,
                data: [...data.projected.data],
                borderColor: palette.rate,
                backgroundColor: "transparent",
                borderDash: [4, 3],
                borderWidth: 2,
                pointBackgroundColor: "transparent",
                pointRadius: 3,
                pointStyle: "circle" as const,
                yAxisID: "rate",
                order: 1,
              },
            ]),
        ...(data.level === null
          ? []
          : [
              {
                type: "line" as const,
                label: data.level.label,
                data: [...data.level.data],
                borderColor: text,
                backgroundColor: text,
                borderDash: [6, 4],
                borderWidth: 1.5,
                pointRadius: 0,
                pointStyle: "line" as const,
                yAxisID: "rate",
                order: 0,
              },
            ]),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: text,
      interaction: { mode: "index", intersect: false },
      scales: {
        // Level labels, as many as fit: a narrow pane skips some rather than tilting them all.
        x: {
          ticks: { color: text, maxRotation: 0, autoSkipPadding: 8 },
          grid: { display: false },
          title: title(data.categoryTitle),
        },
        y: {
          beginAtZero: true,
          ticks: { color: text, precision: 0 },
          grid: { color: grid },
          title: title(data.valueTitle),
        },
        rate: {
          position: "right",
          min: 0,
          max: 1,
          ticks: { color: text, callback: (value) => percent(Number(value), 0) },
          grid: { drawOnChartArea: false },
          title: title(data.rateTitle),
        },
      },
      plugins: {
        // In the datasets' order (leads, clients, rate, target), not their drawing order.
        legend: {
          position: "bottom",
          labels: {
            color: text,
            boxWidth: 10,
            boxHeight: 10,
            // Each series' own mark: a square for columns, a dot for the rate, a line for the target.
            usePointStyle: true,
            sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
          callbacks: {
            footer: (items: TooltipItem<"bar" | "line">[]) => {
              const marks = categoryMarks(data, items[0]?.dataIndex ?? -1);
              return marks.length === 0 ? "" : marks.join(", ");
            },
            label: (item: TooltipItem<"bar" | "line">) =>
              item.dataset.yAxisID === "rate"
                ? `${item.dataset.label}: ${percent(item.parsed.y ?? 0, 1)}`
                : `${item.dataset.label}: ${item.parsed.y}`,
          },
        },
      },
    },
  };
}

/** The chart's numbers in words, for screen readers: one clause per category. */
export function comboChartSummary(data: ComboChartData): string {
  const clauses = data.labels.map((label, index) => {
    const counts = data.columns.map(
      (series) => `${series.label.toLowerCase()} ${series.data[index] ?? 0}`
    );
    const rate = data.line.data[index];
    const rateText = rate === null || rate === undefined ? "no rate" : percent(rate, 1);
    const marks = categoryMarks(data, index);
    const named = marks.length === 0 ? label : `${label} (${marks.join(", ")})`;
    const projected = data.projected?.data[index];
    const projectedText =
      data.projected === undefined || projected === null || projected === undefined
        ? ""
        : `, ${data.projected.label.toLowerCase()} ${percent(projected, 1)}`;
    return `${named}: ${counts.join(", ")}, ${data.line.label.toLowerCase()} ${rateText}${projectedText}`;
  });
  const level = data.level?.data[0];
  const levelText =
    data.level === null || level === null || level === undefined
      ? ""
      : ` ${data.level.label}: ${percent(level, 1)}.`;
  const dashed =
    data.projected === undefined
      ? ""
      : ` ${data.projected.label} is drawn as a dashed line: what recent periods should reach, not a fall.`;
  return `${clauses.join("; ")}.${levelText}${dashed}`;
}
