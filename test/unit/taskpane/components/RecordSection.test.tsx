/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  RecordSection,
  RecordSectionProps,
} from "../../../../src/taskpane/components/RecordSection";

function renderSection(overrides: Partial<RecordSectionProps> = {}) {
  const props: RecordSectionProps = {
    sources: ["Website", "Walk-in", "Referral"],
    canRecord: true,
    canMark: true,
    pendingLeads: 0,
    saved: false,
    canUndo: false,
    onUndo: jest.fn(),
    allSources: ["Website", "Walk-in", "Referral", "Radio"],
    hiddenSources: ["Radio"],
    onRenameSource: jest.fn(() => null),
    onHideSource: jest.fn(),
    onShowSource: jest.fn(),
    onKeepConsistent: jest.fn(),
    target: null,
    wonLabel: "Won",
    lostLabel: "Lost",
    notice: null,
    day: { kind: "today" },
    todayIso: "2026-03-15",
    canNote: true,
    today: null,
    valueFor: null,
    onDay: jest.fn(),
    onSaveValue: jest.fn(() => null),
    onSkipValue: jest.fn(),
    onRecord: jest.fn(),
    onAddSource: jest.fn(() => null),
    onMark: jest.fn(),
    onUseSelectedRow: jest.fn(),
    hasClosed: true,
    closedDay: { kind: "today" },
    onClosedDay: jest.fn(),
    addingClosed: false,
    onAddClosed: jest.fn(),
    ...overrides,
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RecordSection {...props} />
    </FluentProvider>
  );
  return { props, view };
}

describe("RecordSection", () => {
  it("renames, hides and shows sources from a panel loaded when opened", async () => {
    const { props, view } = renderSection();
    expect(screen.queryByRole("list", { name: "Sources to rename or hide" })).toBeNull();
    const details = view.container.querySelector("details") as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await screen.findByRole("list", { name: "Sources to rename or hide" });
    fireEvent.click(screen.getByRole("button", { name: "Hide the button for Website" }));
    expect(props.onHideSource).toHaveBeenCalledWith("Website");
    fireEvent.click(screen.getByRole("button", { name: "Show the button for Radio" }));
    expect(props.onShowSource).toHaveBeenCalledWith("Radio");
    fireEvent.click(screen.getByRole("button", { name: "Rename Walk-in" }));
    const input = screen.getByRole("textbox", { name: /^New name for Walk-in/ });
    fireEvent.change(input, { target: { value: "Walk in" } });
    fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    expect(props.onRenameSource).toHaveBeenCalledWith("Walk-in", "Walk in");
    fireEvent.click(screen.getByRole("button", { name: "Keep typing consistent" }));
    expect(props.onKeepConsistent).toHaveBeenCalledTimes(1);
  });

  it("offers Undo beside Saved only while the last lead may be undone", () => {
    const target = { kind: "last", dataRow: 60, sheetRow: 62, source: "Walk-in" } as const;
    const { props, view } = renderSection({ saved: true, canUndo: false, target });
    expect(screen.getByText("Saved: row 62, Walk-in").getAttribute("role")).toBe("status");
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    view.unmount();
    const undoable = renderSection({ saved: true, canUndo: true, target });
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(undoable.props.onUndo).toHaveBeenCalledTimes(1);
    expect(props.onUndo).not.toHaveBeenCalled();
  });

  it("disables recording until the leads and their Source column are known", () => {
    renderSection({ canRecord: false });
    const button = screen.getByRole("button", { name: "Record a lead from Website" });
    expect(button.hasAttribute("disabled")).toBe(true);
  });

  it("has one button per source, named for what it does and showing the source", () => {
    const { props } = renderSection();
    screen.getByRole("heading", { level: 2, name: "Record a lead" });
    const button = screen.getByRole("button", { name: "Record a lead from Walk-in" });
    expect(button.textContent).toBe("Walk-in");
    fireEvent.click(button);
    fireEvent.click(button);
    expect(props.onRecord).toHaveBeenCalledTimes(2);
    expect(props.onRecord).toHaveBeenCalledWith("Walk-in", "");
  });

  it("shows how many leads are being saved, then Saved", () => {
    const { props, view } = renderSection({ pendingLeads: 3 });
    screen.getByText("Saving 3 leads…");
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <RecordSection {...props} pendingLeads={1} />
      </FluentProvider>
    );
    screen.getByText("Saving 1 lead…");
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <RecordSection {...props} pendingLeads={0} saved />
      </FluentProvider>
    );
    screen.getByText("Saved");
  });

  it("shows why a new source was refused, and clears the input when it was added", () => {
    const onAddSource = jest
      .fn<string | null, [string]>()
      .mockReturnValueOnce("There is already a button for Website.")
      .mockReturnValueOnce(null);
    renderSection({ onAddSource });
    const input = screen.getByRole("textbox", { name: "New source" }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: "website" } });
    fireEvent.click(screen.getByRole("button", { name: "Add source" }));
    expect(onAddSource).toHaveBeenLastCalledWith("website");
    screen.getByText("There is already a button for Website.");
    expect(input.value).toBe("website");

    fireEvent.change(input, { target: { value: "Flyer" } });
    fireEvent.submit(input.closest("form") as HTMLFormElement); // Enter in the input
    expect(onAddSource).toHaveBeenLastCalledWith("Flyer");
    expect(input.value).toBe("");
    expect(screen.queryByText("There is already a button for Website.")).toBeNull();
  });

  it("cannot mark before there is a lead to mark", () => {
    renderSection();
    expect(screen.getByRole("button", { name: "Mark won" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Mark lost" }).hasAttribute("disabled")).toBe(true);
    screen.getByText(/No lead chosen yet/);
  });

  it("says which lead Mark won and Mark lost apply to, and calls onMark", () => {
    const { props } = renderSection({
      target: { kind: "last", dataRow: 59, sheetRow: 61, source: "Website" },
      notice: "Row 60 (Referral) marked Won.",
    });
    screen.getByText("Last lead: row 61, Website");
    screen.getByText("Row 60 (Referral) marked Won.");
    fireEvent.click(screen.getByRole("button", { name: "Mark won" }));
    fireEvent.click(screen.getByRole("button", { name: "Mark lost" }));
    expect(props.onMark).toHaveBeenNthCalledWith(1, "won");
    expect(props.onMark).toHaveBeenNthCalledWith(2, "lost");
    fireEvent.click(screen.getByRole("button", { name: "Use selected row" }));
    expect(props.onUseSelectedRow).toHaveBeenCalledTimes(1);
  });

  it("names a selected lead as such, and says when there is no Outcome column", () => {
    renderSection({
      target: { kind: "selected", dataRow: 3, sheetRow: 5, source: null },
      canMark: false,
    });
    screen.getByText("Selected lead: row 5");
    screen.getByText("Choose an Outcome column to mark leads won or lost.");
    expect(screen.getByRole("button", { name: "Mark won" }).hasAttribute("disabled")).toBe(true);
  });

  it("with a Closed column, offers the day marking writes there, Today first, and another day on asking", () => {
    const { props, view } = renderSection({
      target: { kind: "last", dataRow: 59, sheetRow: 61, source: "Website" },
    });
    const closedOn = screen.getByRole("group", { name: "Closed on:" });
    const today = closedOn.querySelector('button[aria-pressed="true"]') as HTMLButtonElement;
    expect(today.textContent).toBe("Today");
    expect(screen.getByRole("button", { name: "Mark won" }).getAttribute("title")).toBe(
      'Writes "Won" in the lead\'s Outcome cell and the day in its Closed cell'
    );
    expect(screen.queryByRole("button", { name: "Add a Closed column" })).toBeNull();
    const other = Array.from(closedOn.querySelectorAll("button")).find(
      (button) => button.textContent === "Other day"
    ) as HTMLButtonElement;
    fireEvent.click(other);
    expect(props.onClosedDay).toHaveBeenCalledWith({ kind: "date", iso: "2026-03-15" });

    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <RecordSection {...props} closedDay={{ kind: "date", iso: "2026-03-02" }} />
      </FluentProvider>
    );
    const box = screen.getByLabelText("Closed on") as HTMLInputElement;
    expect(box.value).toBe("2026-03-02");
    expect(box.max).toBe("2026-03-15");
    fireEvent.change(box, { target: { value: "2026-03-01" } });
    expect(props.onClosedDay).toHaveBeenLastCalledWith({ kind: "date", iso: "2026-03-01" });
  });

  it("without a Closed column, says why one helps and adds it only on the click", () => {
    const { props } = renderSection({ hasClosed: false });
    expect(screen.queryByRole("group", { name: "Closed on:" })).toBeNull();
    screen.getByText(/time to convert and projected conversion need the day each lead was won/);
    expect(props.onAddClosed).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Add a Closed column" }));
    expect(props.onAddClosed).toHaveBeenCalledTimes(1);
  });

  it("does not offer a Closed column while one is being added, nor without an Outcome column", () => {
    const { view, props } = renderSection({ hasClosed: false, addingClosed: true });
    const add = screen.getByRole("button", { name: "Add a Closed column" });
    expect(add.hasAttribute("disabled")).toBe(true);
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <RecordSection {...props} addingClosed={false} canMark={false} />
      </FluentProvider>
    );
    expect(screen.queryByRole("button", { name: "Add a Closed column" })).toBeNull();
  });
});
