/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { Notices } from "../../../../src/taskpane/components/Notices";

describe("Notices", () => {
  it("renders nothing when all is well", () => {
    const { container } = render(
      <Notices
        warnings={[]}
        error={null}
        onDismissError={jest.fn()}
        onDismissWarnings={jest.fn()}
      />
    );
    expect(container.textContent).toBe("");
  });

  it("shows an error and the warnings, each dismissable", () => {
    const onDismissError = jest.fn();
    const onDismissWarnings = jest.fn();
    const { container } = render(
      <Notices
        warnings={["The saved added sources could not be used and were reset."]}
        error="The tally did not work. Excel is busy."
        onDismissError={onDismissError}
        onDismissWarnings={onDismissWarnings}
      />
    );
    screen.getByText("The tally did not work. Excel is busy.");
    screen.getByText("The saved added sources could not be used and were reset.");
    expect(container.querySelectorAll(".fui-MessageBar")).toHaveLength(2);
    const [dismissError, dismissWarnings] = screen.getAllByRole("button", { name: "Dismiss" });
    fireEvent.click(dismissError);
    fireEvent.click(dismissWarnings);
    expect(onDismissError).toHaveBeenCalledTimes(1);
    expect(onDismissWarnings).toHaveBeenCalledTimes(1);
  });
});
