import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  tokens,
  typographyStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  DEFAULT_LOST_LABELS,
  DEFAULT_WON_LABELS,
  dayNumberFromCivil,
  isoTextOfDayNumber,
} from "../../engine";
import type { PaidChannel } from "../../engine/summary";
import { todayLine } from "../todayLine";
import type { LeadWorkbook } from "../../workbook/workbook";
import { BalanceSection } from "./BalanceSection";
import { BalanceResult, LeadTally, useLeadTally } from "../hooks/useLeadTally";
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
import { LoadBoundary } from "./LoadBoundary";
import type { MarkingProps } from "./MarkOutcome";

// Only the preview shows the workbook's sheets: Excel users never load this part.
const WorkbookPreview = React.lazy(() =>
  import(/* webpackChunkName: "preview" */ "./WorkbookPreview").then((m) => ({
    default: m.WorkbookPreview,
  }))
);

// Only the preview has a theme switch (Excel sets the theme): Excel users never load it.
const ThemeSwitch = React.lazy(() =>
  import(/* webpackChunkName: "preview-switch" */ "./ThemeSwitch").then((m) => ({
    default: m.ThemeSwitch,
  }))
);

// The answer and the outcome values need data read first: they load while it is read.
const Summary = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./Summary").then((m) => ({ default: m.Summary }))
);
const SpellingNotice = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./SpellingNotice").then((m) => ({
    default: m.SpellingNotice,
  }))
);
const OpenLeadsSection = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./OpenLeadsSection").then((m) => ({
    default: m.OpenLeadsSection,
  }))
);
const OutcomeValues = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./OutcomeValues").then((m) => ({
    default: m.OutcomeValues,
  }))
);

/**
 * The paid channels' spend and the clients set against it, once the balance has read a spend
 * table, for the summary's costliest source; else null. From the investment figures, so the
 * summary and the investment table never disagree (per period when the spend has periods).
 */
function paidChannels(balance: BalanceResult | null): readonly PaidChannel[] | null {
  const investment = balance?.report.investment ?? null;
  if (balance === null || balance.spendFrom === null || investment === null) return null;
  return investment.sources
    .filter((source) => source.status === "paid")
    .map(({ label, spend, clients }) => ({ label, spend, clients }));
}

function isoOf(date: Date): string {
  return isoTextOfDayNumber(
    dayNumberFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate())
  );
}

/**
 * The closed day and the job-value prompt for one place that marks leads: a lead marked won from
 * the chase list has its value asked beside the list, where the owner clicked, not up in Record.
 */
function markingIn(place: "record" | "chase", lead: LeadTally, today: Date): MarkingProps {
  const listed = lead.valueFor?.kind === "listed";
  return {
    hasClosed: lead.mapping?.closed != null,
    closedDay: lead.closedDay,
    todayIso: isoOf(today),
    onClosedDay: lead.setClosedDay,
    valueFor: listed === (place === "chase") ? lead.valueFor : null,
    onSaveValue: lead.saveValue,
    onSkipValue: lead.skipValue,
  };
}

// The self-check runs in Excel only, on demand: its code stays out of the first view.
const SelfCheckPanel = React.lazy(() =>
  import(/* webpackChunkName: "selfcheck" */ "./SelfCheckPanel").then((m) => ({
    default: m.SelfCheckPanel,
  }))
);

const useStyles = makeStyles({
  title: { ...typographyStyles.title3, margin: 0, color: tokens.colorNeutralForeground1 },
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
  const today = now();
  const paid = paidChannels(lead.balance);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.main}>
        <h1 className={styles.title}>Lead Tally</h1>
        {workbook.isPreview && (
          <>
            <PreviewBanner />
            <LoadBoundary what="The theme switch">
              <ThemeSwitch dark={previewDark} onChange={setPreviewDark} />
            </LoadBoundary>
          </>
        )}
        <Notices
          warnings={lead.warnings}
          error={lead.error}
          onDismissError={lead.dismissError}
          onDismissWarnings={lead.dismissWarnings}
        />
        {lead.cells !== null && lead.cells.sources.length > 0 && (
          <LoadBoundary what="The summary">
            <Summary cells={lead.cells} settings={lead.settings} now={today} paid={paid} />
          </LoadBoundary>
        )}
        {lead.cells !== null && (
          <LoadBoundary what="The spellings of the sources">
            <SpellingNotice
              sources={lead.cells.sources}
              apart={lead.apart}
              merged={lead.merged}
              disabled={lead.pendingLeads > 0 || working}
              onMerge={lead.mergeSources}
              onKeepApart={lead.keepApart}
              onUndo={lead.undoMerge}
              onDismissMerged={lead.dismissMerged}
            />
          </LoadBoundary>
        )}
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
          confirmed={lead.confirmed}
          onConfirm={lead.confirmMapping}
          found={lead.found}
        >
          {lead.cells?.outcomes != null && lead.cells.outcomes.length > 0 && (
            <LoadBoundary what="The outcome values">
              <OutcomeValues
                outcomes={lead.cells.outcomes}
                wonLabels={lead.settings.wonLabels}
                lostLabels={lead.settings.lostLabels}
                disabled={working}
                onClassify={lead.classifyOutcome}
              />
            </LoadBoundary>
          )}
          <OutcomeLabels
            // The lists in use, defaults included: typing one more label keeps the others.
            wonLabels={
              lead.settings.wonLabels.length > 0 ? lead.settings.wonLabels : DEFAULT_WON_LABELS
            }
            lostLabels={
              lead.settings.lostLabels.length > 0 ? lead.settings.lostLabels : DEFAULT_LOST_LABELS
            }
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
          canUndo={lead.canUndo}
          onUndo={lead.undoLastLead}
          target={lead.target}
          wonLabel={outcomeLabel(lead.settings, "won")}
          lostLabel={outcomeLabel(lead.settings, "lost")}
          notice={lead.notice}
          day={lead.leadDay}
          {...markingIn("record", lead, today)}
          canNote={lead.mapping?.notes != null}
          today={todayLine(
            lead.cells,
            dayNumberFromCivil(today.getFullYear(), today.getMonth() + 1, today.getDate())
          )}
          onDay={lead.setLeadDay}
          onRecord={lead.recordLead}
          onAddSource={lead.addSource}
          allSources={lead.allSources}
          hiddenSources={lead.settings.hiddenSources}
          onRenameSource={lead.renameSource}
          onHideSource={lead.hideSource}
          onShowSource={lead.showSource}
          onKeepConsistent={lead.keepTypingConsistent}
          onMark={lead.markOutcome}
          onUseSelectedRow={lead.targetSelectedRow}
          addingClosed={lead.addingClosed}
          onAddClosed={lead.addClosedColumn}
        />
        {lead.openLeads !== null && (
          <LoadBoundary what="The open leads">
            <OpenLeadsSection
              openLeads={lead.openLeads}
              canMark={lead.mapping?.outcome != null}
              onMark={lead.markOpenLead}
              onSetChaseAfterDays={lead.setChaseAfterDays}
              {...markingIn("chase", lead, today)}
            />
          </LoadBoundary>
        )}
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
