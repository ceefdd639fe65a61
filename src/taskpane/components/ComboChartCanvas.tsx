import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import { chartPalette } from "./chartColors";
import { useChartJs } from "../hooks/useChartJs";
import {
  ChartClass,
  ComboChartData,
  comboChartConfig,
  comboChartSummary,
  loadComboChart,
} from "./comboChart";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  frame: { position: "relative", width: "100%" },
  // Read by screen readers, not shown: the canvas itself is a picture.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface ComboChartCanvasProps {
  readonly data: ComboChartData;
  /** Redraws in the theme's colours when it changes. */
  readonly dark: boolean;
  /** The canvas's accessible name. */
  readonly label: string;
  readonly height: number;
}

/** A combo chart (columns and a rate line on a second axis) on a canvas, with its numbers in words. */
export function ComboChartCanvas({
  data,
  dark,
  label,
  height,
}: ComboChartCanvasProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const canvasRef = React.useRef<HTMLCanvasElement>(null);
  const summaryId = React.useId();
  const summary = comboChartSummary(data);

  const draw = React.useCallback(
    (ChartJs: ChartClass, canvas: HTMLCanvasElement) =>
      new ChartJs(canvas, comboChartConfig(data, chartPalette(canvas, dark))),
    [data, dark]
  );
  const failed = useChartJs(canvasRef, loadComboChart, draw);

  if (failed) {
    return <p className={section.hint}>The chart could not be loaded. {summary}</p>;
  }
  return (
    <>
      <div className={styles.frame} style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={label} aria-describedby={summaryId} />
      </div>
      <p id={summaryId} className={styles.hidden}>
        {summary}
      </p>
    </>
  );
}
