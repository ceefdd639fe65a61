/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LeadsSection, LeadsSectionProps } from "../../../../src/taskpane/components/LeadsSection";
import type { LeadsLocation } from "../../../../src/workbook/workbook";

const table: LeadsLocation = {
  sheetName: "Leads",
  tableName: "Leads",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Date", "Source", "Outcome", "Value", "Notes"],
  rowCount: 60,
};
const range: LeadsLocation = {
  sheetName: "Enquiries",
  tableName: null,
  headerRow: 2,
  firstColumn: 0,
  headers: ["Channel", "Status"],
  rowCount: 4,
};

function renderSection(overrides: Partial<LeadsSectionProps> = {}) {
  const props: LeadsSectionProps = {
    loading: false,
    locations: [table, range],
    locationIndex: 0,
    location: table,
    mapping: { date: 0, source: 1, outcome: 2, value: 3, notes: 4, closed: null },
    locked: false,
    creating: false,
    onChooseLocation: jest.fn(),
    onChooseColumn: jest.fn(() => null),
    onCreateLeadsTable: jest.fn(),
    onFindAgain: jest.fn(),
    confirmed: false,
    onConfirm: jest.fn(),
    found: null,
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <LeadsSection {...props} />
    </FluentProvider>
  );
  return props;
}

describe("LeadsSection", () => {
  it("offers to create a leads table when none were found", () => {
    const props = renderSection({
      locations: [],
      locationIndex: null,
      location: null,
      mapping: null,
    });
    screen.getByRole("heading", { level: 2, name: "Leads" });
    screen.getByText(/No leads were found/);
    expect(screen.queryByRole("combobox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Create leads table" }));
    expect(props.onCreateLeadsTable).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Find leads again" }));
    expect(props.onFindAgain).toHaveBeenCalledTimes(1);
  });

  it("says it is looking while the workbook is read", () => {
    renderSection({ loading: true, location: null, mapping: null, locationIndex: null });
    screen.getByText("Looking for leads in the workbook…");
    expect(screen.queryByRole("button", { name: "Create leads table" })).toBeNull();
  });

  it("says where the leads are and how many, and labels each dropdown", () => {
    renderSection();
    screen.getByText('Table "Leads" on sheet "Leads": 60 leads');
    for (const name of [
      "Leads location",
      "Source column",
      "Outcome column",
      "Date column",
      "Value column",
    ]) {
      expect((screen.getByRole("combobox", { name }) as HTMLSelectElement).disabled).toBe(false);
    }
    expect(screen.queryByRole("button", { name: "Create leads table" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Find leads again" }));
    const source = screen.getByRole("combobox", { name: "Source column" }) as HTMLSelectElement;
    expect(source.selectedOptions[0].textContent).toContain("Source");
  });

  it("refuses two fields on one column with the message, keeping the section open", () => {
    renderSection({
      confirmed: false,
      onChooseColumn: jest.fn(() => 'Outcome and Source cannot both be the column "Source".'),
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Outcome column" }), {
      target: { value: "1" },
    });
    expect(screen.getByRole("alert").textContent).toBe(
      'Outcome and Source cannot both be the column "Source".'
    );
  });

  it("folds into one line once confirmed, and Change opens it again", () => {
    renderSection({ confirmed: true });
    expect(screen.queryByRole("combobox")).toBeNull();
    screen.getByText('Table "Leads" on sheet "Leads": 60 leads');
    fireEvent.click(screen.getByRole("button", { name: "Change" }));
    screen.getByRole("combobox", { name: "Source column" });
  });

  it("calls onChooseColumn with null for (none) and the index for a header", () => {
    const props = renderSection();
    fireEvent.change(screen.getByRole("combobox", { name: "Value column" }), {
      target: { value: "none" },
    });
    expect(props.onChooseColumn).toHaveBeenLastCalledWith("value", null);

    fireEvent.change(screen.getByRole("combobox", { name: "Outcome column" }), {
      target: { value: "4" },
    });
    expect(props.onChooseColumn).toHaveBeenLastCalledWith("outcome", 4);
  });

  it("calls onChooseLocation with the index of the leads chosen", () => {
    const props = renderSection();
    const location = screen.getByRole("combobox", { name: "Leads location" });
    const option = within(location).getByRole("option", {
      name: 'The rows under row 3 on sheet "Enquiries"',
    }) as HTMLOptionElement;
    expect(option.value).toBe("1");
    fireEvent.change(location, { target: { value: "1" } });
    expect(props.onChooseLocation).toHaveBeenCalledWith(1);
  });

  it("locks the dropdowns while leads are being saved", () => {
    renderSection({ locked: true });
    for (const combobox of screen.getAllByRole("combobox")) {
      expect(
        combobox.hasAttribute("disabled") || combobox.getAttribute("aria-disabled") === "true"
      ).toBe(true);
    }
  });
});
