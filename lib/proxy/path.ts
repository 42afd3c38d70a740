import "server-only";

/** The Remote API prefixes the gateway answers on (docs, guides and remote-cli disagree). */
const PREFIXES = [["v1"], ["eor", "v1"], ["api", "eor", "v1"]];
const MAX_SEGMENTS = 32;
const MAX_LENGTH = 2048;
// After one decoding a segment may not contain a separator, a second encoding or a control character.
const FORBIDDEN = /[/\\%\u0000-\u001f\u007f]/;

export class ProxyPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProxyPathError";
  }
}

export type RemotePath = {
  /** Canonically re-encoded, without a leading slash: what is appended to the gateway URL. */
  path: string;
  /** For logs: ids and numbers replaced, bounded. */
  template: string;
};

/**
 * The Remote path of a proxy request, taken from the raw request URL (still percent-encoded, so an
 * encoded slash cannot hide inside a segment) after `marker` (the route's `/remote/`). Refuses
 * anything that could leave the Remote API on the configured gateway: other prefixes, `.`/`..`,
 * empty segments (`//`), encoded or double-encoded slashes and backslashes, absolute URLs.
 */
export function remotePathFrom(url: URL, marker: RegExp): RemotePath {
  const m = marker.exec(url.pathname);
  if (!m) throw new ProxyPathError("The proxy path is missing.");
  const raw = url.pathname.slice(m.index + m[0].length);
  if (raw.length === 0 || raw.length > MAX_LENGTH) throw new ProxyPathError("The Remote path is missing or too long.");
  const parts = raw.split("/");
  if (parts.length > MAX_SEGMENTS) throw new ProxyPathError("The Remote path has too many segments.");
  const decoded = parts.map((p) => {
    let d: string;
    try {
      d = decodeURIComponent(p);
    } catch {
      throw new ProxyPathError("The Remote path is not validly encoded.");
    }
    if (d === "" || d === "." || d === ".." || FORBIDDEN.test(d)) {
      throw new ProxyPathError("The Remote path may not contain empty, '.' or '..' segments, encoded slashes or backslashes.");
    }
    return d;
  });
  if (!PREFIXES.some((pre) => pre.length < decoded.length && pre.every((s, i) => decoded[i] === s))) {
    throw new ProxyPathError("The Remote path must start with v1/, eor/v1/ or api/eor/v1/.");
  }
  return { path: decoded.map(encodeURIComponent).join("/"), template: templateOf(decoded) };
}

const WORD = /^(?:[a-z][a-z_-]{0,39}|v\d{1,2})$/i;

/** `v1/employments/3f2c…/onboarding` → `v1/employments/:id/onboarding`: no ids or values in logs. */
export function templateOf(segments: string[]): string {
  const shown = segments.slice(0, 12).map((s) => (/^\d+$/.test(s) ? ":n" : WORD.test(s) ? s.toLowerCase() : ":id"));
  return shown.join("/") + (segments.length > 12 ? "/…" : "");
}
