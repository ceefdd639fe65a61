import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import type { SourceGroup } from "../../engine";
import { chartPalette } from "./chartColors";
import { useSectionStyles } from "./styles";
import { useChartJs } from "../hooks/useChartJs";

type ChartJsModule = typeof import("chart.js");

function loadChartJs(): Promise<ChartJsModule> {
  return import(/* webpackChunkName: "chart" */ "chart.js");
}

const useStyles = makeStyles({
  frame: { position: "relative", width: "100%" },
});

export interface TallyChartProps {
  readonly groups: readonly SourceGroup[];
  /** Redraws in the theme's colours when it changes. */
  readonly dark: boolean;
}

/**
 * Leads and clients by source as horizontal bars (source names stay readable in a narrow pane).
 * chart.js is loaded only when a tally is shown, so the pane's first view does not carry it.
 */
export function TallyChart({ groups, dark }: TallyChartProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const canvasRef = React.useRef<HTMLCanvasElement>(null);
  const summary = groups
    .map((group) => `${group.label}: ${group.leads} leads, ${group.won} clients`)
    .join("; ");

  const draw = React.useCallback(
    (chartJs: ChartJsModule, canvas: HTMLCanvasElement) => {
      const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } =
        chartJs;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
      const { text, grid, leads, clients } = chartPalette(canvas, dark);
      return new Chart(canvas, {
        type: "bar",
        data: {
          labels: groups.map((group) => group.label),
          datasets: [
            {
              label: "Leads",
              data: groups.map((group) => group.leads),
              backgroundColor: leads,
            },
            {
              label: "Clients",
              data: groups.map((group) => group.won),
              backgroundColor: clients,
            },
          ],
        },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          color: text,
          scales: {
            x: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
            y: { ticks: { color: text }, grid: { display: false } },
          },
          plugins: { legend: { position: "bottom", labels: { color: text } } },
        },
      });
    },
    [groups, dark]
  );
  const failed = useChartJs(canvasRef, loadChartJs, draw);

  if (failed) {
    return (
      <p className={section.hint}>
        The chart could not be loaded; the table above has the same numbers.
      </p>
    );
  }
  // Room for each source's two bars, plus the axis and the legend.
  const height = 70 + groups.length * 30;
  return (
    <div className={styles.frame} style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label="Chart: leads and clients by source">
        {summary}
      </canvas>
    </div>
  );
}
