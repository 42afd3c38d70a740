// WCAG 2 contrast, so a brand colour that white button text cannot be read on is refused.
// Pure maths: used by the settings form's action and by the BRAND_PRIMARY_COLOR check at start-up.

/** The least contrast WCAG AA asks of normal-size text. */
export const MIN_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of white text on `hex` (#rrggbb), from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("")}`;
}

/** `hex` mixed with black (amount > 0) or white (amount < 0); amount in 0..1. */
export function shade(hex: string, amount: number): string {
  const target = amount >= 0 ? 0 : 255;
  const a = Math.abs(amount);
  return toHex(channels(hex).map((v) => v + (target - v) * a));
}

/** The lightest darker shade of `hex` that white text passes AA on. */
export function readableShade(hex: string): string {
  for (let step = 1; step <= 20; step++) {
    const candidate = shade(hex, step / 20);
    if (contrastWithWhite(candidate) >= MIN_CONTRAST) return candidate;
  }
  return "#000000";
}

/** Why white text cannot be read on `hex`, with a darker shade to use instead; null when it can. */
export function unreadableColourReason(hex: string): string | null {
  const ratio = contrastWithWhite(hex);
  if (ratio >= MIN_CONTRAST) return null;
  return `White button text on ${hex} has a contrast of ${ratio.toFixed(1)}:1, below the ${MIN_CONTRAST}:1 that WCAG AA asks for, so it would be hard to read. Try a darker shade such as ${readableShade(hex)}.`;
}
