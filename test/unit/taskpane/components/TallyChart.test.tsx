/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import type { SourceGroup } from "../../../../src/engine";
import { TallyChart } from "../../../../src/taskpane/components/TallyChart";

const created: {
  canvas: unknown;
  config: {
    type: string;
    data: { labels: string[]; datasets: { label: string; data: number[] }[] };
  };
}[] = [];
const destroyed = jest.fn();
const register = jest.fn();
let failToDraw = false;

jest.mock("chart.js", () => {
  class Chart {
    static register = (...items: unknown[]) => register(...items);
    constructor(canvas: unknown, config: (typeof created)[number]["config"]) {
      if (failToDraw) throw new Error("no canvas");
      created.push({ canvas, config });
    }
    destroy(): void {
      destroyed();
    }
  }
  return {
    Chart,
    BarController: "BarController",
    BarElement: "BarElement",
    CategoryScale: "CategoryScale",
    LinearScale: "LinearScale",
    Legend: "Legend",
    Tooltip: "Tooltip",
    LineController: "LineController",
  };
});

const groups: SourceGroup[] = [
  { label: "Website", key: "website", leads: 5, won: 2, lost: 1, open: 2 },
  { label: "Walk-in", key: "walk-in", leads: 3, won: 0, lost: 0, open: 3 },
];

beforeEach(() => {
  created.length = 0;
  destroyed.mockClear();
  register.mockClear();
  failToDraw = false;
});

describe("TallyChart", () => {
  it("says so in words when the chart cannot be drawn", async () => {
    failToDraw = true;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<TallyChart groups={groups} dark={false} />);
    await screen.findByText("The chart could not be loaded; the table above has the same numbers.");
    // The reason reaches the developer's console once.
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it("loads chart.js when shown, registers only the bar chart's parts, and draws leads and clients", async () => {
    const view = render(<TallyChart groups={groups} dark={false} />);
    const canvas = screen.getByRole("img", { name: "Chart: leads and clients by source" });
    expect(canvas.textContent).toBe("Website: 5 leads, 2 clients; Walk-in: 3 leads, 0 clients");
    await waitFor(() => expect(created).toHaveLength(1));
    expect(register).toHaveBeenCalledWith(
      "BarController",
      "BarElement",
      "CategoryScale",
      "LinearScale",
      "Legend",
      "Tooltip"
    );
    expect(created[0].canvas).toBe(canvas);
    expect(created[0].config.type).toBe("bar");
    expect(created[0].config.data.labels).toEqual(["Website", "Walk-in"]);
    expect(created[0].config.data.datasets.map((set) => [set.label, set.data])).toEqual([
      ["Leads", [5, 3]],
      ["Clients", [2, 0]],
    ]);

    view.rerender(<TallyChart groups={groups} dark />);
    await waitFor(() => expect(created).toHaveLength(2));
    expect(destroyed).toHaveBeenCalledTimes(1);
    view.unmount();
    expect(destroyed).toHaveBeenCalledTimes(2);
  });
});
