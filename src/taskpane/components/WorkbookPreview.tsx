import * as React from "react";
import { PreviewWorkbook, useWorkbookSheets } from "../hooks/useWorkbookSheets";
import { LoadBoundary } from "./LoadBoundary";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useSectionStyles } from "./styles";

// Only a sheet with a chart needs chart.js and the chart's code.
const SheetChart = React.lazy(() =>
  import(/* webpackChunkName: "sheet-chart" */ "./SheetChart").then((m) => ({
    default: m.SheetChart,
  }))
);

export interface WorkbookPreviewProps {
  readonly workbook: PreviewWorkbook;
  /** The theme, for the charts' colours. */
  readonly dark?: boolean;
}

/** The preview workbook's sheets, so the owner sees what the pane wrote and where. */
export function WorkbookPreview({
  workbook,
  dark = false,
}: WorkbookPreviewProps): React.JSX.Element {
  const styles = useSectionStyles();
  const sheets = useWorkbookSheets(workbook);
  const headingId = React.useId();
  const panelId = React.useId();
  const tabIds = React.useId();
  const [chosen, setChosen] = React.useState<string | null>(null);
  const [cell, setCell] = React.useState<{ sheet: string; row: number; column: number } | null>(
    null
  );
  const selected = sheets.find((sheet) => sheet.name === chosen) ?? sheets[0];
  const tabId = (name: string) => `${tabIds}-${sheets.findIndex((sheet) => sheet.name === name)}`;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Workbook preview
      </h2>
      {selected === undefined ? (
        <p className={styles.text}>The workbook has no sheets.</p>
      ) : (
        <>
          <SheetTabs
            names={sheets.map((sheet) => sheet.name)}
            selected={selected.name}
            panelId={panelId}
            tabId={tabId}
            onSelect={setChosen}
          />
          <div
            id={panelId}
            role="tabpanel"
            aria-labelledby={tabId(selected.name)}
            className={styles.section}
          >
            <p className={styles.hint}>Click a cell to select it, as in Excel.</p>
            <SheetGrid
              sheet={selected}
              selected={cell?.sheet === selected.name ? cell : null}
              onSelect={(row, column) => {
                workbook.select(selected.name, row, column);
                setCell({ sheet: selected.name, row, column });
              }}
            />
            {selected.chart !== null && (
              <LoadBoundary what="The sheet's chart">
                <SheetChart sheetName={selected.name} chart={selected.chart} dark={dark} />
              </LoadBoundary>
            )}
          </div>
        </>
      )}
    </section>
  );
}
