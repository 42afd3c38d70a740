// What an uploaded logo may be: checked from its bytes, never from its file name or declared type.

export const MAX_LOGO_BYTES = 200 * 1024;

export type LogoCheck = { ok: true; contentType: "image/png" | "image/svg+xml" } | { ok: false; error: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(b: Uint8Array): boolean {
  // The signature, then the IHDR chunk every PNG starts with.
  return b.length > 24 && PNG_SIGNATURE.every((v, i) => b[i] === v) && String.fromCharCode(...b.subarray(12, 16)) === "IHDR";
}

// An XML declaration, comments and a doctype may come before the root element; then it must be <svg>.
const SVG_ROOT = /^(?:\s*<\?xml[^>]*\?>)?(?:\s*<!--[\s\S]*?-->)*(?:\s*<!DOCTYPE\s+svg[^>[]*>)?(?:\s*<!--[\s\S]*?-->)*\s*<svg[\s>/]/i;
// Active content: the logo is shown in <img> (where none of it runs) and served with a sandboxing
// CSP, but a file that carries it is refused so nobody is surprised by opening it on its own.
const ACTIVE = /<script[\s>/]|<foreignObject[\s>/]|<iframe|<embed|<object|<!ENTITY|\son[a-z]+\s*=|javascript:/i;

function decodeUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, error: "The file is empty. Choose a PNG or SVG logo." };
  if (bytes.length > MAX_LOGO_BYTES) {
    return { ok: false, error: `The logo is ${Math.ceil(bytes.length / 1024)} KB; the limit is 200 KB. Export it smaller (an SVG is usually a few KB).` };
  }
  if (isPng(bytes)) return { ok: true, contentType: "image/png" };
  const text = decodeUtf8(bytes);
  if (text === null || !SVG_ROOT.test(text) || !/<\/svg\s*>\s*$/i.test(text)) {
    return { ok: false, error: "This file is not a PNG or SVG image (checked from its contents, not its name). Choose a PNG or SVG logo." };
  }
  if (ACTIVE.test(text)) {
    return { ok: false, error: "This SVG contains scripts, event handlers or embedded content, which a logo must not have. Export it as a plain SVG or a PNG." };
  }
  return { ok: true, contentType: "image/svg+xml" };
}
