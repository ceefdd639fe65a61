import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface LoadBoundaryProps {
  /** What could not be shown, e.g. "The tally table". */
  readonly what: string;
  readonly children: React.ReactNode;
}

interface LoadBoundaryState {
  readonly failed: boolean;
}

/**
 * Around parts of the pane loaded on demand: if one cannot load (or fails to render), the owner
 * reads why in a MessageBar instead of the whole pane going blank.
 */
export class LoadBoundary extends React.Component<LoadBoundaryProps, LoadBoundaryState> {
  state: LoadBoundaryState = { failed: false };

  static getDerivedStateFromError(): LoadBoundaryState {
    return { failed: true };
  }

  render(): React.ReactNode {
    if (!this.state.failed) {
      return <React.Suspense fallback={null}>{this.props.children}</React.Suspense>;
    }
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {this.props.what} could not be shown. Close and reopen the pane to try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
