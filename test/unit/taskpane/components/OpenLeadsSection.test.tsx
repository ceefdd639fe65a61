/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  CHASE_LIST_SHOWN,
  OpenLeadsSection,
  OpenLeadsSectionProps,
} from "../../../../src/taskpane/components/OpenLeadsSection";
import type { ChaseRow, OpenLeadsView } from "../../../../src/taskpane/hooks/useOpenLeads";

function chaseRow(dataRow: number, age: number, source = "Website", notes = ""): ChaseRow {
  return {
    lead: { dataRow, day: 46000 - age, age, source, notes },
    sheetRow: dataRow + 2,
    date: `2025-12-${String(dataRow + 1).padStart(2, "0")}`,
  };
}

const VIEW: OpenLeadsView = {
  byAge: [3, 2, 1, 1, 2],
  open: 9,
  chase: [chaseRow(12, 120, "Referral", "Wants a quote"), chaseRow(4, 45, "")],
  chaseAfterDays: 30,
};

function renderSection(overrides: Partial<OpenLeadsSectionProps> = {}) {
  const props: OpenLeadsSectionProps = {
    openLeads: VIEW,
    canMark: true,
    onMark: jest.fn(),
    onSetChaseAfterDays: jest.fn(() => null),
    hasClosed: true,
    closedDay: { kind: "today" },
    todayIso: "2026-03-15",
    onClosedDay: jest.fn(),
    valueFor: null,
    onSaveValue: jest.fn(() => null),
    onSkipValue: jest.fn(),
    ...overrides,
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <OpenLeadsSection {...props} />
    </FluentProvider>
  );
  return { props, view };
}

describe("OpenLeadsSection", () => {
  it("says the open leads show once the leads are chosen, and offers nothing to mark", () => {
    renderSection({ openLeads: null });
    screen.getByText("The open leads show once the leads and their columns are chosen.");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows the open leads in the five buckets of OPEN_LEADS_BY_AGE", () => {
    renderSection();
    const table = screen.getByRole("table", { name: "Open leads by age" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "AgeOpen leads",
      "0 to 7 days3",
      "8 to 30 days2",
      "31 to 90 days1",
      "over 90 days1",
      "(no date)2",
    ]);
    screen.getByText(/^9 open leads \(neither won nor lost\)/);
  });

  it("lists the leads to chase with their date, source, row and notes, and says undated ones are not", () => {
    renderSection();
    const list = screen.getByRole("list", { name: "To chase: older than 30 days" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("p")?.textContent)).toEqual([
      "2025-12-13 · Referral",
      "2025-12-05 · no source",
    ]);
    within(items[0]).getByText("Row 14, 120 days old: Wants a quote");
    within(items[1]).getByText("Row 6, 45 days old");
    screen.getByText(/Open leads without a date are not listed here/);
  });

  it("marks the row of the button pressed, with buttons named after the row", () => {
    const { props } = renderSection();
    fireEvent.click(screen.getByRole("button", { name: "Mark won, row 14" }));
    fireEvent.click(screen.getByRole("button", { name: "Mark lost, row 6" }));
    expect(props.onMark).toHaveBeenNthCalledWith(1, "won", VIEW.chase[0]);
    expect(props.onMark).toHaveBeenNthCalledWith(2, "lost", VIEW.chase[1]);
  });

  it("keeps the keyboard in the section when the marked lead leaves the list", () => {
    const { props, view } = renderSection();
    const button = screen.getByRole("button", { name: "Mark lost, row 14" });
    button.focus();
    fireEvent.click(button);
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <OpenLeadsSection {...props} openLeads={{ ...VIEW, chase: VIEW.chase.slice(1) }} />
      </FluentProvider>
    );
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: "To chase: older than 30 days" })
    );
  });

  it("disables marking without an Outcome column, and says why", () => {
    renderSection({ canMark: false });
    expect(screen.getByRole("button", { name: "Mark won, row 14" })).toHaveProperty(
      "disabled",
      true
    );
    screen.getByText("Choose an Outcome column to mark leads won or lost.");
  });

  it("shows the first 50 leads to chase and how many more there are", () => {
    const chase = Array.from({ length: CHASE_LIST_SHOWN + 7 }, (_, index) =>
      chaseRow(index, 400 - index)
    );
    renderSection({ openLeads: { ...VIEW, chase } });
    const list = screen.getByRole("list", { name: "To chase: older than 30 days" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    screen.getByText("…and 7 more. Mark the oldest ones to see the next.");
  });

  it("says when no open lead is old enough to chase, without the undated-leads remark when there are none", () => {
    renderSection({ openLeads: { ...VIEW, byAge: [1, 0, 0, 0, 0], chase: [] } });
    screen.getByText("No open lead is older than 30 days.");
    expect(screen.queryByText(/without a date/)).toBeNull();
  });

  it("saves N as typed and shows what is wrong with it", () => {
    const onSetChaseAfterDays = jest.fn((text: string) =>
      text === "45" ? null : "Type a whole number of days from 1 to 3,650."
    );
    renderSection({ onSetChaseAfterDays });
    const field = screen.getByRole("textbox", { name: "Chase leads older than (days)" });
    expect(field).toHaveProperty("value", "30");
    fireEvent.change(field, { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    screen.getByText("Type a whole number of days from 1 to 3,650.");
    fireEvent.change(field, { target: { value: "45" } });
    expect(screen.queryByText("Type a whole number of days from 1 to 3,650.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSetChaseAfterDays.mock.calls.map(([text]) => text)).toEqual(["0", "45"]);
    expect(screen.queryByText("Type a whole number of days from 1 to 3,650.")).toBeNull();
  });

  it("says which closed day its Mark buttons write, and changes it with the Record section's choice", () => {
    const { props, view } = renderSection({ closedDay: { kind: "yesterday" } });
    const closedOn = screen.getByRole("group", { name: "Won or lost on:" });
    const pressed = closedOn.querySelector('button[aria-pressed="true"]') as HTMLButtonElement;
    expect(pressed.textContent).toBe("Yesterday");
    fireEvent.click(within(closedOn).getByRole("button", { name: "Other day" }));
    expect(props.onClosedDay).toHaveBeenCalledWith({ kind: "date", iso: "2026-03-15" });
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <OpenLeadsSection {...props} hasClosed={false} />
      </FluentProvider>
    );
    expect(screen.queryByRole("group", { name: "Won or lost on:" })).toBeNull();
  });

  it("cannot change the closed day without an Outcome column to mark", () => {
    renderSection({ canMark: false });
    const closedOn = screen.getByRole("group", { name: "Won or lost on:" });
    for (const button of within(closedOn).getAllByRole("button")) {
      expect(button).toHaveProperty("disabled", true);
    }
  });

  it("asks the value of a lead marked won from the list beside the list, then gives the keyboard back to it", () => {
    const { props, view } = renderSection();
    expect(screen.queryByRole("textbox", { name: /^Value of the job/ })).toBeNull();
    const button = screen.getByRole("button", { name: "Mark won, row 14" });
    button.focus();
    fireEvent.click(button);
    expect(props.onMark).toHaveBeenCalledWith("won", VIEW.chase[0]);
    const marked = { kind: "listed", dataRow: 12, sheetRow: 14, source: "Referral" } as const;
    const after = { ...VIEW, chase: VIEW.chase.slice(1) };
    const show = (valueFor: typeof marked | null) =>
      view.rerender(
        <FluentProvider theme={webLightTheme}>
          <OpenLeadsSection {...props} openLeads={after} valueFor={valueFor} />
        </FluentProvider>
      );
    show(marked);
    const section = screen.getByRole("region", { name: "Open leads" });
    const value = within(section).getByRole("textbox", { name: "Value of the job (row 14)" });
    expect(document.activeElement).toBe(value);
    fireEvent.change(value, { target: { value: "900" } });
    fireEvent.click(within(section).getByRole("button", { name: "Save value" }));
    expect(props.onSaveValue).toHaveBeenCalledWith("900");
    show(null);
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: "To chase: older than 30 days" })
    );
  });
});
