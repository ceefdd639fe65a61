/**
 * What jsdom lacks and Fluent UI or the pane use: matchMedia (the preview's theme preference,
 * Fluent's motion), ResizeObserver (Fluent's positioning) and scrollIntoView (Fluent's lists).
 * Import it first in a test that runs under `@jest-environment jsdom`.
 */

import { configure } from "@testing-library/react";

// The default second for findBy… and waitFor is short on a busy two-core machine, where a
// component that loads on demand (React.lazy) can take longer to appear.
configure({ asyncUtilTimeout: 5000 });

/** The answer matchMedia gives for "(prefers-color-scheme: dark)"; tests may change it. */
export const mediaPreferences = { dark: false };

if (typeof window !== "undefined") {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: query.includes("prefers-color-scheme: dark") && mediaPreferences.dark,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });

  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }

  if (typeof Element.prototype.scrollIntoView !== "function") {
    Element.prototype.scrollIntoView = () => undefined;
  }
}
