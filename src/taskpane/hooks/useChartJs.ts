import * as React from "react";

/** What a drawn chart must offer so the hook can remove it (a chart.js Chart does). */
export interface DrawnChart {
  destroy(): void;
}

/**
 * Loads chart.js on demand and draws on a canvas, once per change of `draw`: the previous chart is
 * destroyed first, and a load that finishes after the data or theme changed (or the pane closed)
 * draws nothing, since it would hold the canvas the newer chart needs. Pass a module-level `load`
 * and a memoised `draw` (React.useCallback over the chart's data) so the chart is redrawn only when
 * they change.
 *
 * Returns true once loading or drawing failed: the component shows a short message where the chart
 * would be; the reason is logged once for a developer (a chunk that did not load, a canvas without a
 * 2D context).
 */
export function useChartJs<Library>(
  canvasRef: React.RefObject<HTMLCanvasElement | null>,
  load: () => Promise<Library>,
  draw: (library: Library, canvas: HTMLCanvasElement) => DrawnChart
): boolean {
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    // After a failure the canvas is gone and the message shown; trying again would only log again.
    if (failed) return undefined;
    let chart: DrawnChart | null = null;
    let active = true;
    void (async () => {
      try {
        const library = await load();
        const canvas = canvasRef.current;
        if (!active || canvas === null) return;
        chart = draw(library, canvas);
      } catch (reason) {
        if (!active) return;
        console.error("Lead Tally: the chart could not be loaded or drawn.", reason);
        setFailed(true);
      }
    })();
    return () => {
      active = false;
      chart?.destroy();
    };
  }, [canvasRef, load, draw, failed]);

  return failed;
}
