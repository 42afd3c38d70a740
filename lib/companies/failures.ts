import "server-only";
import { TokenServiceError } from "../connections/errors";
import { RemoteError } from "../remote/errors";
import type { FailedOutcome } from "./outcome";
import { mapRemoteFieldErrors } from "./remote-errors";

export type Failure = { outcome: FailedOutcome; code: string; status?: number; remoteCode?: string };

/** Turns whatever the Remote call threw into what the user is told, plus a code for the audit log. */
export function failureOf(e: unknown, ctx: { connectPath: string; addressLabels: Record<string, string> }): Failure | null {
  if (e instanceof TokenServiceError) {
    if (e.code === "misconfigured") return { outcome: { kind: "misconfigured" }, code: "partner_token_refused" };
    const rateLimited = e.code === "rate_limited";
    return {
      outcome: { kind: "unavailable", rateLimited, retryAfterSeconds: e.retryAfterMs ? Math.ceil(e.retryAfterMs / 1000) : undefined },
      code: rateLimited ? "rate_limited" : "unavailable",
    };
  }
  if (!(e instanceof RemoteError)) return null;
  const base = { status: e.status, remoteCode: e.remoteCode };
  switch (e.kind) {
    case "unavailable":
      return { outcome: { kind: "unavailable", rateLimited: false }, code: "unavailable", ...base };
    case "rate_limited":
      return {
        outcome: { kind: "unavailable", rateLimited: true, retryAfterSeconds: e.retryAfterMs ? Math.ceil(e.retryAfterMs / 1000) : undefined },
        code: "rate_limited",
        ...base,
      };
    case "conflict":
      return {
        outcome: { kind: "conflict", code: e.conflict?.code ?? "conflict", message: e.conflict?.message ?? e.message, connectPath: ctx.connectPath },
        code: e.conflict?.code ?? "conflict",
        ...base,
      };
    case "validation": {
      if (!e.fieldErrors) break;
      // Remote measured the 15 minutes differently from us: ask again rather than argue.
      if (e.fieldErrors.terms_of_service_accepted_at) return { outcome: { kind: "terms_expired" }, code: "terms_expired", ...base };
      const fieldErrors = mapRemoteFieldErrors(e.fieldErrors, ctx.addressLabels);
      const taken = (e.fieldErrors.company_owner_email ?? []).some((m) => /taken|exists|registered/i.test(m));
      return { outcome: { kind: "invalid", fieldErrors, connectPath: taken ? ctx.connectPath : null }, code: "validation", ...base };
    }
    case "unauthorized":
    case "forbidden":
    case "invalid_client":
      return { outcome: { kind: "misconfigured" }, code: e.kind, ...base };
  }
  return { outcome: { kind: "error" }, code: e.kind, ...base };
}
