import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { LeadWorkbook } from "../../workbook/workbook";
import { BalanceSection } from "./BalanceSection";
import { useLeadTally } from "../hooks/useLeadTally";
import { outcomeLabel } from "../outcomeLabels";
import type { PreviewWorkbook } from "../hooks/useWorkbookSheets";
import type { SelfCheckExcel } from "../hooks/useSelfCheck";
import { prefersDark } from "../prefersDark";
import { LeadsSection } from "./LeadsSection";
import { Notices } from "./Notices";
import { OutcomeLabels } from "./OutcomeLabels";
import { PreviewBanner } from "./PreviewBanner";
import { RecordSection } from "./RecordSection";
import { TallySection } from "./TallySection";
import { ThemeSwitch } from "./ThemeSwitch";
import { LoadBoundary } from "./LoadBoundary";

// Only the preview shows the workbook's sheets: Excel users never load this part.
const WorkbookPreview = React.lazy(() =>
  import(/* webpackChunkName: "preview" */ "./WorkbookPreview").then((m) => ({
    default: m.WorkbookPreview,
  }))
);

// The self-check runs in Excel only, on demand: its code stays out of the first view.
const SelfCheckPanel = React.lazy(() =>
  import(/* webpackChunkName: "selfcheck" */ "./SelfCheckPanel").then((m) => ({
    default: m.SelfCheckPanel,
  }))
);

const useStyles = makeStyles({
  // The FluentProvider itself takes no layout styles: Fluent copies its classes onto the portal
  // nodes of dropdown lists, which would then cover the pane and swallow clicks.
  main: {
    boxSizing: "border-box",
    // The theme's background (set by the FluentProvider) fills the pane however short the page.
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
  },
});

export interface AppProps {
  readonly workbook: LeadWorkbook;
  /** The clock: passed in, so tests can fix the day. */
  readonly now: () => Date;
  /** The in-memory workbook's sheets, shown under the pane in the preview. */
  readonly preview?: PreviewWorkbook;
  /** In Excel: whether the Office theme is dark. The preview has its own switch. */
  readonly officeDark?: boolean;
  /** In Excel: Excel.run and the requirement-set test, for the self-check in the footer. */
  readonly excel?: SelfCheckExcel;
}

export function App({
  workbook,
  now,
  preview,
  officeDark = false,
  excel,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [previewDark, setPreviewDark] = React.useState(prefersDark);
  const dark = workbook.isPreview ? previewDark : officeDark;
  const lead = useLeadTally(workbook, now);
  const hasSourceColumn = lead.location !== null && lead.mapping?.source != null;
  const working = lead.tallying || lead.balancing;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.main}>
        {workbook.isPreview && (
          <>
            <PreviewBanner />
            <ThemeSwitch dark={previewDark} onChange={setPreviewDark} />
          </>
        )}
        <Notices
          warnings={lead.warnings}
          error={lead.error}
          onDismissError={lead.dismissError}
          onDismissWarnings={lead.dismissWarnings}
        />
        <LeadsSection
          loading={lead.loading}
          locations={lead.locations}
          locationIndex={lead.locationIndex}
          location={lead.location}
          mapping={lead.mapping}
          locked={lead.pendingLeads > 0 || working}
          creating={lead.creating}
          onChooseLocation={lead.chooseLocation}
          onChooseColumn={lead.chooseColumn}
          onCreateLeadsTable={lead.createLeadsTable}
          onFindAgain={lead.findLeadsAgain}
        >
          <OutcomeLabels
            wonLabels={lead.settings.wonLabels}
            lostLabels={lead.settings.lostLabels}
            disabled={working}
            onSave={lead.setOutcomeLabels}
          />
        </LeadsSection>
        <RecordSection
          sources={lead.sources}
          canRecord={hasSourceColumn}
          canMark={lead.mapping?.outcome != null}
          pendingLeads={lead.pendingLeads}
          saved={lead.saved}
          target={lead.target}
          wonLabel={outcomeLabel(lead.settings, "won")}
          lostLabel={outcomeLabel(lead.settings, "lost")}
          notice={lead.notice}
          onRecord={lead.recordLead}
          onAddSource={lead.addSource}
          onMark={lead.markOutcome}
          onUseSelectedRow={lead.targetSelectedRow}
        />
        <TallySection
          canTally={hasSourceColumn}
          tallying={lead.tallying}
          progress={lead.tallyProgress}
          tally={lead.tally}
          dark={dark}
          onTally={lead.runTally}
        />
        <BalanceSection
          canBalance={hasSourceColumn && lead.mapping?.date != null}
          balancing={lead.balancing}
          progress={lead.balanceProgress}
          balance={lead.balance}
          error={lead.balanceError}
          dark={dark}
          settings={lead.settings}
          spendTables={lead.spendTables}
          spendIndex={lead.spendIndex}
          creatingSpend={lead.creatingSpend}
          notice={lead.balanceNotice}
          onBalance={lead.runBalance}
          onSaveSettings={lead.saveBalanceSettings}
          onFindSpendTables={lead.findSpendTables}
          onChooseSpendTable={lead.chooseSpendTable}
          onCreateSpendTable={lead.createSpendTable}
          onDismissError={lead.dismissBalanceError}
        />
        {preview !== undefined && (
          <LoadBoundary what="The workbook preview">
            <WorkbookPreview workbook={preview} dark={dark} />
          </LoadBoundary>
        )}
        {excel !== undefined && (
          <footer>
            <LoadBoundary what="The self-check">
              <SelfCheckPanel workbook={workbook} excel={excel} now={now} />
            </LoadBoundary>
          </footer>
        )}
      </main>
    </FluentProvider>
  );
}
