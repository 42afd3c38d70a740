// Collects what a Content-Security-Policy blocked in a page: the browser reports each blocked script,
// style or form target as a console error, and a page whose scripts were blocked fails silently.
import type { Page } from "@playwright/test";

export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

/** The policy's directives by name ("script-src" -> "'self' 'nonce-…' …"). */
export function cspDirectives(header: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(" ")]),
  );
}
