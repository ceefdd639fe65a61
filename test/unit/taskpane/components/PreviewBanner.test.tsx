/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { PreviewBanner } from "../../../../src/taskpane/components/PreviewBanner";

describe("PreviewBanner", () => {
  it("says plainly that this is a preview, not connected to Excel", () => {
    const { container } = render(<PreviewBanner />);
    expect(container.textContent).toMatch(/Preview/);
    expect(container.textContent).toMatch(/not connected to Excel/);
    screen.getByText("Preview");
  });
});
