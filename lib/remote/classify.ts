// Turns a non-2xx reply from Remote into a RemoteError. Remote's bodies come in several shapes
// (OAuth {error}, {message: string|object|array}, {errors: {field: [..]}}); accept them all.
import { DEAD_GRANT_CODES, excerpt, RemoteError, type ActionError, type FieldErrors } from "./errors";
import { retryAfterMs } from "./rate-limit";

type Json = unknown;

function asRecord(v: Json): Record<string, unknown> | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

// Codes are stored and compared, so only code-shaped strings count as one.
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;
const asCode = (v: unknown) => (typeof v === "string" && CODE.test(v) ? v : undefined);

/** The machine-readable code in a body, whatever its shape. */
function errorCodeOf(body: Json): string | undefined {
  const b = asRecord(body);
  if (!b) return undefined;
  if (typeof b.error === "string") return asCode(b.error);
  const m = b.message;
  if (typeof m === "string" && /^[a-z_]+$/.test(m)) return asCode(m);
  const mr = asRecord(m);
  if (mr && typeof mr.code === "string") return asCode(mr.code);
  const dr = asRecord(b.data);
  if (dr && typeof dr.code === "string") return asCode(dr.code);
  return undefined;
}

/** Remote's own words, only ever as a bounded, sanitised excerpt (see excerpt()). */
function humanMessage(body: Json, fallback: string): string {
  const b = asRecord(body);
  const mr = asRecord(b?.message) ?? asRecord(b?.data);
  const text = [b?.error_description, b?.message, mr?.message].find((v) => typeof v === "string" && v.trim());
  return excerpt(text) || fallback;
}

/** Field errors from `{errors: {field: [msg]}}` and `{message: ParameterError | ParameterError[]}`. */
function fieldErrorsOf(body: Json): FieldErrors | undefined {
  const b = asRecord(body);
  if (!b) return undefined;
  const out: FieldErrors = {};
  const errors = asRecord(b.errors);
  if (errors) {
    for (const [field, msgs] of Object.entries(errors)) {
      out[excerpt(field, 100)] = (Array.isArray(msgs) ? msgs : [msgs]).map((m) => excerpt(String(m)));
    }
  }
  const list = Array.isArray(b.message) ? b.message : asRecord(b.message) ? [b.message] : [];
  for (const item of list) {
    const p = asRecord(item);
    if (p && typeof p.param === "string") (out[excerpt(p.param, 100)] ??= []).push(excerpt(String(p.message ?? p.code ?? "is invalid")));
  }
  return Object.keys(out).length ? out : undefined;
}

function actionErrorsOf(body: Json): ActionError[] | undefined {
  const b = asRecord(body);
  if (!b) return undefined;
  const list = Array.isArray(b.message) ? b.message : asRecord(b.message) ? [b.message] : [];
  const out = list
    .map(asRecord)
    .filter((p): p is Record<string, unknown> => !!p && typeof p.action === "string")
    .map((p) => ({ action: excerpt(String(p.action), 100), code: asCode(p.code) ?? "", message: excerpt(String(p.message ?? "")) }));
  return out.length ? out : undefined;
}

export function classifyResponse(status: number, headers: Headers, body: Json, context: "token" | "api"): RemoteError {
  const code = errorCodeOf(body);
  const message = humanMessage(body, `Remote answered HTTP ${status}`);
  const base = { status, remoteCode: code };
  if (status === 429) return new RemoteError("rate_limited", "Remote is rate-limiting requests", { ...base, retryAfterMs: retryAfterMs(headers) });
  if (status >= 500) return new RemoteError("unavailable", `Remote is unavailable (HTTP ${status})`, base);
  if (context === "token") {
    if (code && DEAD_GRANT_CODES.has(code)) return new RemoteError("invalid_grant", message, base);
    if (code === "invalid_client" || code === "unauthorized_client" || status === 401) {
      return new RemoteError("invalid_client", "Remote refused this app's client credentials", base);
    }
  }
  if (status === 401) return new RemoteError("unauthorized", "Remote did not accept the access token", base);
  if (status === 403) return new RemoteError("forbidden", message, base);
  if (status === 404) return new RemoteError("not_found", message, base);
  if (status === 409) {
    const c = asRecord(asRecord(body)?.message) ?? asRecord(asRecord(body)?.data);
    return new RemoteError("conflict", message, {
      ...base,
      conflict: { code: asCode(c?.code) ?? "conflict", message: excerpt(c?.message) || message, resourceId: c?.resource_id ? excerpt(String(c.resource_id), 64) : undefined },
    });
  }
  const fieldErrors = fieldErrorsOf(body);
  const actionErrors = actionErrorsOf(body);
  if (status === 422 || fieldErrors || actionErrors || code === "invalid_params") {
    return new RemoteError("validation", message, { ...base, fieldErrors, actionErrors });
  }
  return new RemoteError("bad_request", message, base);
}
