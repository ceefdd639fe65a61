import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Says plainly that the pane runs outside Excel, on sample leads that live only in this page. */
export function PreviewBanner(): React.JSX.Element {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview</MessageBarTitle>
        This pane is not connected to Excel. It works on sample leads kept in this page only;
        nothing is saved.
      </MessageBarBody>
    </MessageBar>
  );
}
