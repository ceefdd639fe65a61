/** The colours a chart's canvas is drawn in: the theme's, read from Fluent's tokens. */
import { tokens } from "@fluentui/react-components";

/** Resolves a Fluent token (a CSS variable) to the colour the canvas needs. */
export function tokenColor(element: Element, token: string, fallback: string): string {
  const name = /var\((--[^,)]+)/.exec(token)?.[1];
  const value = name === undefined ? "" : getComputedStyle(element).getPropertyValue(name).trim();
  return value === "" ? fallback : value;
}

export interface ChartPalette {
  readonly text: string;
  readonly grid: string;
  readonly leads: string;
  readonly clients: string;
  readonly rate: string;
}

export function chartPalette(element: Element, dark: boolean): ChartPalette {
  return {
    text: tokenColor(element, tokens.colorNeutralForeground2, dark ? "#d6d6d6" : "#424242"),
    grid: tokenColor(element, tokens.colorNeutralStroke2, dark ? "#525252" : "#e0e0e0"),
    leads: tokenColor(element, tokens.colorBrandBackground, "#0f6cbd"),
    clients: tokenColor(element, tokens.colorPaletteGreenBackground3, "#107c10"),
    rate: tokenColor(
      element,
      tokens.colorPaletteDarkOrangeBorderActive,
      dark ? "#e9835e" : "#da3b01"
    ),
  };
}
