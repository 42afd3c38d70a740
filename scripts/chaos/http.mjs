// One HTTP exchange as the load generator sees it: timed, classified and recorded in the journal,
// never throwing (a network error or a hang is an outcome like any other).
import { HANG_LIMIT_MS } from "./journal.mjs";

/** Minimal cookie jar for one simulated browser (name=value only; the app sets host-only cookies). */
export class CookieJar {
  constructor() {
    this.cookies = new Map();
  }
  take(res) {
    for (const line of res.headers.getSetCookie?.() ?? []) {
      const [pair, ...attrs] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(i + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

function bodyKind(contentType, text) {
  if (!text.trim()) return "empty";
  if (/json/.test(contentType)) {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      return "broken-json";
    }
  }
  if (/html/.test(contentType)) return /<html|<!DOCTYPE/i.test(text) ? "html" : "html-fragment";
  if (/text\/x-component/.test(contentType)) return "rsc";
  return "other";
}

/**
 * Sends one request (redirects are not followed: the caller walks them like a browser). Resolves
 * { status (0 on network error), text, json, location, headers, ms, backend }.
 */
export async function http(journal, label, url, { method = "GET", headers = {}, body, jar } = {}) {
  const at = Date.now();
  const h = { ...headers };
  if (jar && jar.cookies.size) h.cookie = jar.header();
  const u = new URL(url);
  const rec = { label, method, path: u.pathname, status: 0, at, ms: 0, bodyKind: "none", proxy: false, backend: null, error: null };
  journal.http.push(rec);
  try {
    const res = await fetch(url, { method, headers: h, body, redirect: "manual", signal: AbortSignal.timeout(HANG_LIMIT_MS + 5000) });
    const text = await res.text();
    jar?.take(res);
    rec.status = res.status;
    rec.ms = Date.now() - at;
    rec.backend = res.headers.get("x-chaos-backend");
    rec.proxy = res.headers.get("x-chaos-proxy") !== null;
    rec.bodyKind = bodyKind(res.headers.get("content-type") ?? "", text);
    if (res.status >= 500) rec.excerpt = text.slice(0, 160);
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const location = res.headers.get("location");
    return { status: res.status, text, json, location: location && new URL(location, url).href, headers: res.headers, ms: rec.ms, backend: rec.backend };
  } catch (e) {
    rec.ms = Date.now() - at;
    rec.error = e?.name === "TimeoutError" ? "hung" : (e?.cause?.code ?? e?.message ?? String(e));
    return { status: 0, text: "", json: undefined, location: null, headers: new Headers(), ms: rec.ms, backend: null, error: rec.error };
  }
}
