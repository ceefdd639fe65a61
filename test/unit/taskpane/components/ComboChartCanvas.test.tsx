/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import type { PeriodRow } from "../../../../src/engine";
import { PeriodChart } from "../../../../src/taskpane/components/PeriodChart";

interface Dataset {
  type: string;
  label: string;
  data: (number | null)[];
  yAxisID: string;
  borderDash?: number[];
  backgroundColor?: string | string[];
  pointBackgroundColor?: string[];
}
interface Config {
  type: string;
  plugins?: { id: string }[];
  data: { labels: (string | string[])[]; datasets: Dataset[] };
  options: {
    scales: Record<
      string,
      { min?: number; max?: number; position?: string; ticks: { callback?: (v: number) => string } }
    >;
  };
}

const created: { canvas: unknown; config: Config }[] = [];
const destroyed = jest.fn();
const register = jest.fn();
let failToDraw = false;

jest.mock("chart.js", () => {
  class Chart {
    static register = (...items: unknown[]) => register(...items);
    constructor(canvas: unknown, config: Config) {
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
    LineController: "LineController",
    LineElement: "LineElement",
    PointElement: "PointElement",
    CategoryScale: "CategoryScale",
    LinearScale: "LinearScale",
    Legend: "Legend",
    Tooltip: "Tooltip",
  };
});

const periods: PeriodRow[] = [
  { label: "2026-01", leads: 8, won: 2, lost: 3, open: 3, soFar: false, thin: false },
  { label: "2026-02", leads: 0, won: 0, lost: 0, open: 0, soFar: false, thin: false },
  { label: "2026-03", leads: 5, won: 1, lost: 0, open: 4, soFar: false, thin: false },
];

beforeEach(() => {
  created.length = 0;
  destroyed.mockClear();
  register.mockClear();
  failToDraw = false;
});

describe("PeriodChart", () => {
  it("gives the numbers in words when the chart cannot be drawn", async () => {
    failToDraw = true;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<PeriodChart periods={periods} unit="month" target={0.25} dark={false} />);
    await screen.findByText(/^The chart could not be loaded\. 2026-01: leads 8, clients 2/);
    // The reason reaches the developer's console once.
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it("registers only the parts it needs and draws leads and clients as columns, the rate as a line on a 0–100% axis, and the target", async () => {
    const view = render(<PeriodChart periods={periods} unit="month" target={0.25} dark={false} />);
    const canvas = screen.getByRole("img", {
      name: "Chart: leads, clients and conversion rate by period",
    });
    // The numbers for screen readers, beside the picture.
    const summary = document.getElementById(canvas.getAttribute("aria-describedby") ?? "");
    expect(summary?.textContent).toBe(
      "2026-01: leads 8, clients 2, conversion rate 25.0%; 2026-02: leads 0, clients 0, conversion rate no rate; " +
        "2026-03: leads 5, clients 1, conversion rate 20.0%. Target: 25.0%."
    );
    await waitFor(() => expect(created).toHaveLength(1));
    expect(register).toHaveBeenCalledWith(
      "BarController",
      "BarElement",
      "LineController",
      "LineElement",
      "PointElement",
      "CategoryScale",
      "LinearScale",
      "Legend",
      "Tooltip"
    );
    const { config } = created[0];
    expect(created[0].canvas).toBe(canvas);
    expect(config.data.labels).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(config.plugins).toEqual([]);
    expect(config.data.datasets.map((set) => [set.type, set.label, set.data, set.yAxisID])).toEqual(
      [
        ["bar", "Leads", [8, 0, 5], "y"],
        ["bar", "Clients", [2, 0, 1], "y"],
        // No rate where there were no leads: a gap, not 0%.
        ["line", "Conversion rate", [0.25, null, 0.2], "rate"],
        ["line", "Target", [0.25, 0.25, 0.25], "rate"],
      ]
    );
    expect(config.data.datasets[3].borderDash).toBeDefined();
    const rate = config.options.scales.rate;
    expect([rate.min, rate.max, rate.position]).toEqual([0, 1, "right"]);
    expect(rate.ticks.callback?.(0.5)).toBe("50%");

    view.rerender(<PeriodChart periods={periods} unit="month" target={0.25} dark />);
    await waitFor(() => expect(created).toHaveLength(2));
    expect(destroyed).toHaveBeenCalledTimes(1);
    view.unmount();
    expect(destroyed).toHaveBeenCalledTimes(2);
  });

  it("draws the period under way hollow, labelled so far and off the rate line, and thin periods' rate points hollow", async () => {
    const marked: PeriodRow[] = [
      { ...periods[0], thin: true },
      periods[1],
      { label: "2026-03", leads: 5, won: 0, lost: 0, open: 5, soFar: true, thin: true },
    ];
    render(<PeriodChart periods={marked} unit="month" target={0.25} dark={false} />);
    const canvas = screen.getByRole("img", {
      name: "Chart: leads, clients and conversion rate by period",
    });
    const summary = document.getElementById(canvas.getAttribute("aria-describedby") ?? "");
    expect(summary?.textContent).toBe(
      "2026-01 (thin): leads 8, clients 2, conversion rate 25.0%; 2026-02: leads 0, clients 0, conversion rate no rate; " +
        "2026-03 (so far, thin): leads 5, clients 0, conversion rate no rate. Target: 25.0%."
    );
    await waitFor(() => expect(created).toHaveLength(1));
    const { config } = created[0];
    expect(config.data.labels).toEqual(["2026-01", "2026-02", ["2026-03", "so far"]]);
    // Also written above its columns, where a narrow pane skips the axis label.
    expect(config.plugins?.map((plugin) => plugin.id)).toEqual(["soFarLabel"]);
    const [leads, , rate] = config.data.datasets;
    // 0 clients so far is not drawn as a fall to 0%.
    expect(rate.data).toEqual([0.25, null, null]);
    expect((leads.backgroundColor as string[])[2]).toBe("transparent");
    expect((leads.backgroundColor as string[])[0]).not.toBe("transparent");
    expect(rate.pointBackgroundColor?.map((colour) => colour === "transparent")).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("draws projected conversion of the periods still maturing as a dashed line on the rate axis, and says it in words", async () => {
    const projected: PeriodRow[] = [
      { ...periods[0], conversionSoFar: 0.25, completion: 1, projected: 0.25 },
      { ...periods[1], conversionSoFar: null, completion: null, projected: null },
      {
        label: "2026-03",
        leads: 5,
        won: 1,
        lost: 0,
        open: 4,
        soFar: true,
        thin: true,
        conversionSoFar: 0.2,
        completion: 0.5,
        projected: 0.4,
      },
    ];
    render(<PeriodChart periods={projected} unit="month" target={0.25} dark={false} />);
    const canvas = screen.getByRole("img", {
      name: "Chart: leads, clients and conversion rate by period",
    });
    const summary = document.getElementById(canvas.getAttribute("aria-describedby") ?? "");
    expect(summary?.textContent).toBe(
      "2026-01: leads 8, clients 2, conversion so far 25.0%; 2026-02: leads 0, clients 0, conversion so far no rate; " +
        "2026-03 (so far, thin): leads 5, clients 1, conversion so far no rate, projected conversion 40.0%. Target: 25.0%. " +
        "Projected conversion is drawn as a dashed line: what recent periods should reach, not a fall."
    );
    await waitFor(() => expect(created).toHaveLength(1));
    const datasets = created[0].config.data.datasets;
    expect(datasets.map((set) => [set.label, set.type, set.yAxisID])).toEqual([
      ["Leads", "bar", "y"],
      ["Clients", "bar", "y"],
      ["Conversion so far", "line", "rate"],
      ["Projected conversion", "line", "rate"],
      ["Target", "line", "rate"],
    ]);
    // The period under way stays off the solid line; its projection is on the dashed one only.
    expect(datasets[2].data).toEqual([0.25, null, null]);
    expect(datasets[3].data).toEqual([null, null, 0.4]);
    expect(datasets[3].borderDash?.length).toBeGreaterThan(0);
    expect(datasets[2].borderDash).toBeUndefined();
  });
});
