import * as React from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { SheetChart as Chart } from "../../workbook/memoryWorkbook";
import { ComboChartCanvas } from "./ComboChartCanvas";
import type { ComboChartData } from "./comboChart";

const useStyles = makeStyles({
  // Like a chart object lying on the sheet, under the grid.
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: {
    ...typographyStyles.body1Strong,
    textAlign: "center",
    color: tokens.colorNeutralForeground1,
  },
});

export interface SheetChartProps {
  readonly sheetName: string;
  readonly chart: Chart;
  readonly dark: boolean;
}

function numbers(rows: Chart["values"], column: number): (number | null)[] {
  return rows.map((row) => {
    const value = row[column];
    return typeof value === "number" ? value : null;
  });
}

/** The chart a generated sheet carries, drawn from the sheet's own cells as Excel draws it. */
export function SheetChart({ sheetName, chart, dark }: SheetChartProps): React.JSX.Element {
  const styles = useStyles();
  const { description, values } = chart;
  const data = React.useMemo<ComboChartData>(() => {
    const rows = values.slice(1);
    const lineColumn = description.columnSeries.length + 1;
    return {
      labels: rows.map((row) => String(row[0] ?? "")),
      columns: description.columnSeries.map((label, index) => ({
        label,
        data: numbers(rows, index + 1),
      })),
      line: { label: description.lineSeries, data: numbers(rows, lineColumn) },
      ...(description.projectedSeries === undefined
        ? {}
        : {
            projected: {
              label: description.projectedSeries,
              data: numbers(rows, lineColumn + 1),
            },
          }),
      level: null,
      categoryTitle: description.categoryAxisTitle,
      valueTitle: description.valueAxisTitle,
      rateTitle: description.secondaryAxisTitle,
    };
  }, [description, values]);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.title}>{description.title}</figcaption>
      <ComboChartCanvas
        data={data}
        dark={dark}
        label={`Chart on sheet ${sheetName}`}
        height={260}
      />
    </figure>
  );
}
