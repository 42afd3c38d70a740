import "server-only";
import { TokenServiceError } from "../connections/errors";
import type { TokenKind } from "./labels";
import { m } from "./registry";

export type TokenAnswer = "cache_hit" | "refreshed" | "waited";

/** One token request answered: from the store, by this caller's refresh, or by another caller's. */
export function observeTokenRequest(kind: TokenKind, outcome: TokenAnswer): void {
  m()?.tokenRequests.inc({ kind, outcome });
}

/** One token request that failed; only the fixed TokenServiceError codes become label values. */
export function observeTokenFailure(kind: TokenKind, error: unknown): void {
  const metrics = m();
  if (!metrics) return;
  metrics.tokenRequests.inc({ kind, outcome: error instanceof TokenServiceError ? `error:${error.code}` : "error:other" });
}

/** Times the token call of a refresh this process holds (the call to Remote, its retries and budget wait). */
export async function timeTokenRefresh<T>(kind: TokenKind, call: () => Promise<T>): Promise<T> {
  const metrics = m();
  if (!metrics) return call();
  const end = metrics.tokenRefreshDuration.startTimer({ kind });
  try {
    const r = await call();
    end({ result: "ok" });
    return r;
  } catch (e) {
    end({ result: "error" });
    throw e;
  }
}
