/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_LOST_LABELS } from "../../../../src/engine";
import { OutcomeLabels } from "../../../../src/taskpane/components/OutcomeLabels";

describe("OutcomeLabels", () => {
  it("shows why labels were refused", () => {
    const onSave = jest.fn(() => "Give at most 200 labels.");
    render(<OutcomeLabels wonLabels={[]} lostLabels={[]} disabled={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole("button", { name: "Save labels" }));
    screen.getByText("Give at most 200 labels.");
  });

  it("starts from the saved labels, shows the usual ones as placeholders, and saves what is typed", () => {
    const onSave = jest.fn(() => null);
    render(
      <OutcomeLabels
        wonLabels={["Signed", "Client"]}
        lostLabels={[]}
        disabled={false}
        onSave={onSave}
      />
    );
    const won = screen.getByRole("textbox", { name: "Won labels" }) as HTMLInputElement;
    const lost = screen.getByRole("textbox", { name: "Lost labels" }) as HTMLInputElement;
    expect(won.value).toBe("Signed, Client");
    expect(lost.value).toBe("");
    expect(lost.placeholder).toBe(DEFAULT_LOST_LABELS.join(", "));
    fireEvent.change(lost, { target: { value: "Went elsewhere, no" } });
    fireEvent.submit(lost.closest("form") as HTMLFormElement);
    expect(onSave).toHaveBeenCalledWith("Signed, Client", "Went elsewhere, no");
    screen.getByText(/^Labels set/);
  });
});
