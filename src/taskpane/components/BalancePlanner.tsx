import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { BalanceReport, PeriodUnit, planForReport } from "../../engine";
import { useDropdownStyles, useSectionStyles } from "./styles";

export interface BalancePlannerProps {
  readonly report: BalanceReport;
  readonly unit: PeriodUnit;
}

/**
 * The planner: how many leads, from which sources, at what spend, for the clients the owner
 * wants next period, at current rates. Starts from the engine's default (the recent average).
 */
export function BalancePlanner({ report, unit }: BalancePlannerProps): React.JSX.Element {
  const section = useSectionStyles();
  const dropdown = useDropdownStyles();
  const initial = report.plan.plan?.clients ?? 1;
  const [typed, setTyped] = React.useState(String(initial));
  const clients = Number(typed.trim());
  const outcome = React.useMemo(
    () => planForReport(report, clients, unit),
    [report, clients, unit]
  );
  return (
    <div className={section.section}>
      <Field label={`Clients wanted next ${unit}`}>
        <Input
          className={dropdown.fill}
          value={typed}
          inputMode="numeric"
          onChange={(_event, data) => setTyped(data.value)}
        />
      </Field>
      <p className={section.text} role="status" aria-live="polite">
        {outcome.text}
      </p>
    </div>
  );
}
