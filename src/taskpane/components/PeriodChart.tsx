import * as React from "react";
import { PeriodRow, PeriodUnit, isMaturing } from "../../engine";
import { capitalise } from "../describe";
import { ComboChartCanvas } from "./ComboChartCanvas";
import type { ComboChartData } from "./comboChart";

export interface PeriodChartProps {
  readonly periods: readonly PeriodRow[];
  readonly unit: PeriodUnit;
  /** The owner's target conversion rate, 0 to 1, drawn as a dashed level. */
  readonly target: number;
  readonly dark: boolean;
}

export const PERIOD_CHART_LABEL = "Chart: leads, clients and conversion rate by period";

/**
 * The balance by period in the pane: as the sheet's chart, plus the owner's target. The period
 * under way is drawn hollow and labelled "so far", and left off the rate line as on the sheet: its
 * open leads have not had time to convert, and would draw a fall that is not one.
 */
export function PeriodChart({ periods, unit, target, dark }: PeriodChartProps): React.JSX.Element {
  const data = React.useMemo<ComboChartData>(
    () => ({
      labels: periods.map((period) => period.label),
      columns: [
        { label: "Leads", data: periods.map((period) => period.leads) },
        { label: "Clients", data: periods.map((period) => period.won) },
      ],
      line: {
        label: periods.some(isMaturing) ? "Conversion so far" : "Conversion rate",
        data: periods.map((period) =>
          period.leads === 0 || period.soFar ? null : period.won / period.leads
        ),
      },
      // Dashed, as on the sheet: what recent periods should convert to by the business's timing.
      ...(periods.some(isMaturing)
        ? {
            projected: {
              label: "Projected conversion",
              data: periods.map((period) =>
                isMaturing(period) ? (period.projected ?? null) : null
              ),
            },
          }
        : {}),
      level: { label: "Target", data: periods.map(() => target) },
      categoryTitle: capitalise(unit),
      valueTitle: "Leads and clients",
      rateTitle: "Conversion rate",
      soFar: periods.map((period) => period.soFar),
      thin: periods.map((period) => period.thin),
    }),
    [periods, unit, target]
  );
  return <ComboChartCanvas data={data} dark={dark} label={PERIOD_CHART_LABEL} height={260} />;
}
