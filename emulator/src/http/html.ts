export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** Tagged template that escapes every interpolation unless it is already `Safe`. */
export class Safe {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0];
  values.forEach((v, i) => {
    const rendered = Array.isArray(v) ? v.map((x) => (x instanceof Safe ? x.value : escapeHtml(String(x)))).join("")
      : v instanceof Safe ? v.value : v === null || v === undefined || v === false ? "" : escapeHtml(String(v));
    out += rendered + strings[i + 1];
  });
  return new Safe(out);
}

/** No scripts, no external assets: the page is inert apart from its one form. */
export const PAGE_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};
