// Remote calls are counted by endpoint template. The proxy forwards any path a partner asks for,
// so a template is only ever one of these known ones; every other path counts as "other". Adding
// an endpoint here is the only way a new label value appears.

/** Path templates below the gateway root, with `{id}` for one segment that is not one of the literals. */
export const REMOTE_ENDPOINTS = [
  "/auth/oauth2/token",
  "/v1/identity/current",
  "/v1/companies",
  "/v1/companies/schema",
  "/v1/companies/{id}",
  "/v1/companies/{id}/create-token",
  "/v1/countries",
  "/v1/employments",
  "/v1/employments/{id}",
  "/v1/magic-link",
  "/v1/webhook-callbacks",
  "/v1/webhook-callbacks/{id}",
  "/v1/webhook-events",
  "/v1/webhook-events/replay",
] as const;

export const OTHER_ENDPOINT = "other";
export type RemoteEndpoint = (typeof REMOTE_ENDPOINTS)[number] | typeof OTHER_ENDPOINT;

/** The Remote API answers under several prefixes (see lib/proxy/path.ts); all count as /v1. */
const API_PREFIXES = [["api", "eor", "v1"], ["eor", "v1"], ["v1"]];

const TEMPLATES = REMOTE_ENDPOINTS.map((t) => ({ template: t, parts: t.split("/").slice(1) }));

function segmentsOf(path: string): string[] | null {
  const parts = path.split("/").filter((p) => p !== "");
  const decoded: string[] = [];
  for (const p of parts) {
    try {
      decoded.push(decodeURIComponent(p));
    } catch {
      return null;
    }
  }
  const prefix = API_PREFIXES.find((pre) => pre.length < decoded.length && pre.every((s, i) => decoded[i] === s));
  return prefix ? ["v1", ...decoded.slice(prefix.length)] : decoded;
}

/**
 * `path` is the request path below the gateway root (query ignored), e.g. `/v1/employments/3f2c…`
 * or the proxy's `v1/employments/3f2c…` → `/v1/employments/{id}`; unknown → "other".
 */
export function remoteEndpointOf(path: string): RemoteEndpoint {
  const segments = segmentsOf(path.split(/[?#]/, 1)[0]);
  if (!segments) return OTHER_ENDPOINT;
  // A literal beats {id}: /v1/companies/schema is not a company.
  let best: RemoteEndpoint = OTHER_ENDPOINT;
  let bestLiterals = -1;
  for (const t of TEMPLATES) {
    if (t.parts.length !== segments.length) continue;
    let literals = 0;
    const fits = t.parts.every((p, i) => p === "{id}" || (p === segments[i] && ++literals > 0));
    if (fits && literals > bestLiterals) {
      best = t.template;
      bestLiterals = literals;
    }
  }
  return best;
}

/** The same for a full URL on the gateway whose own path is `basePath` (usually empty). */
export function remoteEndpointOfUrl(url: string, basePath: string): RemoteEndpoint {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return OTHER_ENDPOINT;
  }
  const base = basePath.replace(/\/+$/, "");
  if (base && !pathname.startsWith(`${base}/`)) return OTHER_ENDPOINT;
  return remoteEndpointOf(pathname.slice(base.length));
}
