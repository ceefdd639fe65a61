import * as React from "react";
import { ProgressBar } from "@fluentui/react-components";

/** The bar itself: loaded with the first tally or balance, not with the first view. */
export function ReadProgressBar({
  value,
}: {
  readonly value: number | undefined;
}): React.JSX.Element {
  return <ProgressBar value={value} />;
}
