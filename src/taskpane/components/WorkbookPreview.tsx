import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { PreviewWorkbook, useWorkbookSheets } from "../hooks/useWorkbookSheets";
import { SheetGrid } from "./SheetGrid";
import { useSectionStyles } from "./styles";

export interface WorkbookPreviewProps {
  readonly workbook: PreviewWorkbook;
}

/** The preview workbook's sheets, so the owner sees what the pane wrote and where. */
export function WorkbookPreview({ workbook }: WorkbookPreviewProps): React.JSX.Element {
  const styles = useSectionStyles();
  const sheets = useWorkbookSheets(workbook);
  const headingId = React.useId();
  const panelId = React.useId();
  const [chosen, setChosen] = React.useState<string | null>(null);
  const selected = sheets.find((sheet) => sheet.name === chosen) ?? sheets[0];

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Workbook preview
      </h2>
      {selected === undefined ? (
        <p className={styles.text}>The workbook has no sheets.</p>
      ) : (
        <>
          <TabList
            size="small"
            selectedValue={selected.name}
            onTabSelect={(_event, data) => setChosen(String(data.value))}
          >
            {sheets.map((sheet) => (
              <Tab key={sheet.name} value={sheet.name} aria-controls={panelId}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
          <div id={panelId} role="tabpanel">
            <SheetGrid sheet={selected} />
          </div>
        </>
      )}
    </section>
  );
}
