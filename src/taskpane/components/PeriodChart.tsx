import * as React from "react";
import type { PeriodGroup, PeriodUnit } from "../../engine";
import { capitalise } from "../describe";
import { ComboChartCanvas } from "./ComboChartCanvas";
import type { ComboChartData } from "./comboChart";

export interface PeriodChartProps {
  readonly periods: readonly PeriodGroup[];
  readonly unit: PeriodUnit;
  /** The owner's target conversion rate, 0 to 1, drawn as a dashed level. */
  readonly target: number;
  readonly dark: boolean;
}

export const PERIOD_CHART_LABEL = "Chart: leads, clients and conversion rate by period";

/** The balance by period in the pane: as the sheet's chart, plus the owner's target. */
export function PeriodChart({ periods, unit, target, dark }: PeriodChartProps): React.JSX.Element {
  const data = React.useMemo<ComboChartData>(
    () => ({
      labels: periods.map((period) => period.label),
      columns: [
        { label: "Leads", data: periods.map((period) => period.leads) },
        { label: "Clients", data: periods.map((period) => period.won) },
      ],
      line: {
        label: "Conversion rate",
        data: periods.map((period) => (period.leads === 0 ? null : period.won / period.leads)),
      },
      level: { label: "Target", data: periods.map(() => target) },
      categoryTitle: capitalise(unit),
      valueTitle: "Leads and clients",
      rateTitle: "Conversion rate",
    }),
    [periods, unit, target]
  );
  return <ComboChartCanvas data={data} dark={dark} label={PERIOD_CHART_LABEL} height={260} />;
}
