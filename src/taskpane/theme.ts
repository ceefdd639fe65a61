/** Light or dark, from the colour Office paints the pane's background with. */

/** True for a dark colour (#rrggbb or #rgb): relative luminance below one half. */
export function isDarkColor(color: string | undefined | null): boolean {
  if (typeof color !== "string") return false;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((digit) => digit + digit).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    // sRGB to linear light (WCAG's relative luminance).
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
