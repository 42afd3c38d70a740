import { createHash } from "node:crypto";

// Secrets never reach the request log or stdout; tests grep the log for leaked canaries.
const SECRET_KEYS = new Set([
  "access_token", "refresh_token", "code", "code_verifier", "client_secret", "password", "assertion", "id_token", "token",
]);
const JWT_LIKE = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g;
export const MASK = "[REDACTED]";

export function maskValue(value: unknown, key?: string): unknown {
  if (key !== undefined && SECRET_KEYS.has(key.toLowerCase())) return value === undefined ? undefined : MASK;
  if (typeof value === "string") return value.replace(JWT_LIKE, MASK);
  if (Array.isArray(value)) return value.map((v) => maskValue(v));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v, k)]));
  }
  return value;
}

export function maskQuery(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) out[k] = maskValue(v, k) as string;
  return out;
}

/** Keeps the scheme so tests can assert Basic vs Bearer, drops the credential. */
export function maskAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const scheme = header.trim().split(/\s+/)[0];
  return `${scheme} ${MASK}`;
}

const CREDENTIAL_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

/**
 * All request headers, for tests that check what a caller (e.g. the app's proxy) forwarded. A
 * credential is never stored: only a short SHA-256 fingerprint a test can compare with the value it expects.
 */
export function maskHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const credential = name === "authorization" ? value.replace(/^\S+\s+/, "") : value;
    out[name] = CREDENTIAL_HEADERS.has(name) ? `sha256:${createHash("sha256").update(credential).digest("hex").slice(0, 16)}` : (maskValue(value) as string);
  });
  return out;
}
