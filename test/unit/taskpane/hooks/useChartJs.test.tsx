/** @jest-environment jsdom */
import "../../../support/jsdom";
import { renderHook, waitFor } from "@testing-library/react";
import { useChartJs } from "../../../../src/taskpane/hooks/useChartJs";

function canvasRef(): { current: HTMLCanvasElement | null } {
  return { current: document.createElement("canvas") };
}

describe("useChartJs", () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it("reports a failed import, logs the reason once and draws nothing", async () => {
    const reason = new Error("Loading chunk chart failed.");
    const load = jest.fn(() => Promise.reject(reason));
    const draw = jest.fn();
    const { result, rerender } = renderHook(() => useChartJs(canvasRef(), load, draw));
    await waitFor(() => expect(result.current).toBe(true));
    rerender();
    expect(draw).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toContain(reason);
  });

  it("reports a chart that throws while drawing, with the reason", async () => {
    const reason = new Error("no 2D context");
    const draw = (): never => {
      throw reason;
    };
    const { result } = renderHook(() => useChartJs(canvasRef(), () => Promise.resolve(1), draw));
    await waitFor(() => expect(result.current).toBe(true));
    expect(logged.mock.calls[0]).toContain(reason);
  });

  it("draws on the canvas once loaded and destroys the chart when the pane lets it go", async () => {
    const ref = canvasRef();
    const destroy = jest.fn();
    const draw = jest.fn(() => ({ destroy }));
    const { result, unmount } = renderHook(() =>
      useChartJs(ref, () => Promise.resolve("lib"), draw)
    );
    await waitFor(() => expect(draw).toHaveBeenCalledWith("lib", ref.current));
    expect(result.current).toBe(false);
    unmount();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(logged).not.toHaveBeenCalled();
  });

  it("draws nothing when the load finishes after the pane let the chart go", async () => {
    let finish: (library: string) => void = () => undefined;
    const load = () => new Promise<string>((resolve) => (finish = resolve));
    const draw = jest.fn(() => ({ destroy: jest.fn() }));
    const { unmount } = renderHook(() => useChartJs(canvasRef(), load, draw));
    unmount();
    finish("lib");
    await Promise.resolve();
    await Promise.resolve();
    expect(draw).not.toHaveBeenCalled();
  });
});
