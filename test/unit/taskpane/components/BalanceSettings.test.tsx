/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  DEFAULT_BALANCE_THRESHOLDS,
  DEFAULT_SETTINGS,
  TallySettings,
} from "../../../../src/engine";
import {
  BalanceSettings,
  BalanceSettingsProps,
} from "../../../../src/taskpane/components/BalanceSettings";
import type { LeadsLocation } from "../../../../src/workbook/workbook";

const SPEND: LeadsLocation = {
  sheetName: "Spend",
  tableName: "Spend",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Source", "Spend", "Period"],
  rowCount: 7,
};
const COSTS: LeadsLocation = { ...SPEND, sheetName: "Costs", tableName: null, headerRow: 2 };

function renderSettings(
  overrides: Partial<BalanceSettingsProps> = {},
  settings: TallySettings = DEFAULT_SETTINGS
) {
  const props: BalanceSettingsProps = {
    settings,
    disabled: false,
    spendTables: [SPEND, COSTS],
    spendIndex: null,
    creatingSpend: false,
    notice: null,
    onSave: jest.fn(() => null),
    onFindSpendTables: jest.fn(),
    onChooseSpendTable: jest.fn(),
    onCreateSpendTable: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <BalanceSettings {...props} />
    </FluentProvider>
  );
  return props;
}

const input = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const save = () =>
  fireEvent.click(screen.getByRole("button", { name: "Save target and thresholds" }));

describe("BalanceSettings", () => {
  it("never saves an out-of-range target, and says what the field accepts", () => {
    const props = renderSettings();
    fireEvent.change(input("Target conversion rate (%)"), { target: { value: "150" } });
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    screen.getByText("Type a percentage from 0 to 100.");
    screen.getByText("Nothing was saved: correct the values marked.");
  });

  it("opens the folded thresholds when one of them is wrong, and saves nothing", () => {
    const props = renderSettings();
    const details = screen
      .getByText("Diagnosis thresholds")
      .closest("details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.change(input("Periods in each window"), { target: { value: "0" } });
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(details.open).toBe(true);
    screen.getByText("Type a whole number from 1 to 24.");
  });

  it("shows the saved values and saves the target and thresholds typed, as fractions", () => {
    const settings: TallySettings = {
      ...DEFAULT_SETTINGS,
      balance: {
        unit: "week",
        thresholds: { ...DEFAULT_BALANCE_THRESHOLDS, targetConversionRate: 0.3 },
      },
    };
    const props = renderSettings({}, settings);
    expect(input("Target conversion rate (%)").value).toBe("30");
    expect(input("Lead change that counts (%)").value).toBe("20");
    expect(input("Conversion change that counts (points)").value).toBe("5");
    expect(input("Fewest leads to judge by").value).toBe("20");
    expect(screen.getByRole("combobox", { name: "Period" }).textContent).toContain("Week");
    fireEvent.change(input("Conversion change that counts (points)"), { target: { value: "7.5" } });
    save();
    expect(props.onSave).toHaveBeenCalledWith({
      unit: "week",
      thresholds: {
        ...DEFAULT_BALANCE_THRESHOLDS,
        targetConversionRate: 0.3,
        conversionChange: 0.075,
      },
    });
    screen.getByText("Target and thresholds saved.");
  });

  it("saves a new period at once", () => {
    const props = renderSettings();
    fireEvent.click(screen.getByRole("combobox", { name: "Period" }));
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "Month",
      "Week (Monday to Sunday)",
      "Quarter",
      "Year",
    ]);
    fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "Quarter" }));
    expect(props.onSave).toHaveBeenCalledWith({
      unit: "quarter",
      thresholds: DEFAULT_BALANCE_THRESHOLDS,
    });
  });

  it("looks for spend tables when shown, lists them with (none), and passes on the choice", () => {
    const props = renderSettings({ spendIndex: 0 });
    expect(props.onFindSpendTables).toHaveBeenCalledTimes(1);
    const dropdown = screen.getByRole("combobox", { name: /^Spend table/ });
    expect(dropdown.textContent).toContain('Table "Spend" on sheet "Spend"');
    fireEvent.click(dropdown);
    const listbox = screen.getByRole("listbox");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual([
      "(none)",
      'Table "Spend" on sheet "Spend"',
      'The rows under row 3 on sheet "Costs"',
    ]);
    fireEvent.click(
      within(listbox).getByRole("option", { name: 'The rows under row 3 on sheet "Costs"' })
    );
    expect(props.onChooseSpendTable).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByRole("combobox", { name: /^Spend table/ }));
    fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "(none)" }));
    expect(props.onChooseSpendTable).toHaveBeenLastCalledWith(null);
  });

  it("offers to create a spend table only when the workbook has none, and says what it did", () => {
    const props = renderSettings({
      spendTables: [],
      notice: 'Created a Spend table on sheet "Spend".',
    });
    fireEvent.click(screen.getByRole("button", { name: "Create spend table" }));
    expect(props.onCreateSpendTable).toHaveBeenCalledTimes(1);
    screen.getByText('Created a Spend table on sheet "Spend".');
    cleanup();
    renderSettings({ spendTables: [SPEND], spendIndex: 0 });
    expect(screen.queryByRole("button", { name: "Create spend table" })).toBeNull();
    screen.getByText("Found in the workbook and used; choose another above.");
  });

  it("waits while the balance runs", () => {
    renderSettings({ disabled: true });
    expect(input("Target conversion rate (%)").disabled).toBe(true);
  });
});
