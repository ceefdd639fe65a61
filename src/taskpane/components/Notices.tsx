import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useSectionStyles } from "./styles";

export interface NoticesProps {
  readonly warnings: readonly string[];
  readonly error: string | null;
  readonly onDismissError: () => void;
  readonly onDismissWarnings: () => void;
}

/** Problems in the owner's words: what was saved and could not be used, and what just failed. */
export function Notices({
  warnings,
  error,
  onDismissError,
  onDismissWarnings,
}: NoticesProps): React.JSX.Element | null {
  const styles = useSectionStyles();
  if (warnings.length === 0 && error === null) return null;
  return (
    <>
      {error !== null && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {warnings.map((warning) => (
              <p key={warning} className={styles.text}>
                {warning}
              </p>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissWarnings}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
