/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { ThemeSwitch } from "../../../../src/taskpane/components/ThemeSwitch";

describe("ThemeSwitch", () => {
  it("is a switch labelled Dark theme that reports the new choice", () => {
    const onChange = jest.fn();
    render(<ThemeSwitch dark={false} onChange={onChange} />);
    const toggle = screen.getByRole("switch", { name: "Dark theme" }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
