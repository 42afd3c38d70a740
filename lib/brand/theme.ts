import { shade } from "./contrast";

/**
 * The Tailwind theme variables the public pages' buttons and links use, set from the brand colour
 * on a wrapper element (the CSP allows style attributes; scripts stay nonce-only).
 */
export function brandThemeVars(primary: string): Record<string, string> {
  return {
    "--color-brand-50": shade(primary, -0.92),
    "--color-brand-100": shade(primary, -0.84),
    "--color-brand-500": primary,
    "--color-brand-600": primary,
    "--color-brand-700": shade(primary, 0.18),
  };
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** A favicon when no logo is set: the name's first letter, white on the brand colour. */
export function monogramIcon(name: string, primary: string): string {
  const letter = (Array.from(name.trim())[0] ?? "R").toUpperCase().replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${primary}"/><text x="16" y="22" font-family="system-ui,sans-serif" font-size="18" font-weight="600" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
