/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../../../src/engine";
import {
  BalanceSection,
  BalanceSectionProps,
} from "../../../../src/taskpane/components/BalanceSection";

jest.mock("chart.js", () => {
  class Chart {
    static register(): void {}
    destroy(): void {}
  }
  return { Chart };
});

function renderSection(overrides: Partial<BalanceSectionProps> = {}) {
  const props: BalanceSectionProps = {
    canBalance: true,
    balancing: false,
    progress: null,
    balance: null,
    error: null,
    dark: false,
    settings: DEFAULT_SETTINGS,
    spendTables: null,
    spendIndex: null,
    creatingSpend: false,
    notice: null,
    onBalance: jest.fn(),
    onSaveSettings: jest.fn(() => null),
    onFindSpendTables: jest.fn(),
    onChooseSpendTable: jest.fn(),
    onCreateSpendTable: jest.fn(),
    onDismissError: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <BalanceSection {...props} />
    </FluentProvider>
  );
  return props;
}

describe("BalanceSection", () => {
  it("cannot run without the leads' Date and Source columns, and says so", () => {
    renderSection({ canBalance: false });
    expect(screen.getByRole("button", { name: "Balance chart" }).hasAttribute("disabled")).toBe(
      true
    );
    screen.getByText("The balance needs the leads' Date and Source columns.");
  });

  it("shows what went wrong beside the button, and dismisses it", () => {
    const props = renderSection({
      error: 'The balance chart did not work: spend must hold numbers; cell 2 holds "$1,200".',
    });
    screen.getByText(/spend must hold numbers; cell 2 holds "\$1,200"/);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(props.onDismissError).toHaveBeenCalledTimes(1);
  });

  it("calls onBalance, and shows the reading's progress while it runs", () => {
    const props = renderSection();
    screen.getByRole("heading", { level: 2, name: "Marketing vs Sales" });
    fireEvent.click(screen.getByRole("button", { name: "Balance chart" }));
    expect(props.onBalance).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("shows the progress while it runs, and cannot run twice at once", () => {
    renderSection({ balancing: true, progress: { rowsRead: 5000, totalRows: 12000 } });
    expect(screen.getByRole("button", { name: "Balance chart" }).hasAttribute("disabled")).toBe(
      true
    );
    screen.getByText("Read 5,000 of 12,000 rows");
  });

  it("loads the folded settings only when opened", async () => {
    const props = renderSection();
    expect(screen.queryByRole("combobox", { name: "Period" })).toBeNull();
    const summary = screen.getByText("Period, target and spend table");
    const details = summary.closest("details") as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await screen.findByRole("combobox", { name: "Period" });
    expect(props.onFindSpendTables).toHaveBeenCalledTimes(1);
  });
});
