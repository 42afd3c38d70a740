import "server-only";
import { SYSTEM } from "../audit/record";
import type { Actor } from "../audit/events";
import { logger } from "../logger";
import { RemoteError } from "../remote/errors";
import { getAccessToken, invalidateAccessToken, type CompanyAccessToken } from "./access-token";
import { getPartnerAccessToken, invalidatePartnerToken, type PartnerToken } from "./partner-token";

// Remote can drop a token we still hold as fresh: an emulator or gateway restart, a rotated client
// secret, consent withdrawn. The stored token would then fail every call until it expires (up to
// an hour), so a 401 on a call made with a cached token forgets that token, gets a new one through
// the single-flight refresh, and repeats the call once. Only the refresh grant's own answer can
// decide needs-reconnect (refused refresh token); a 401 here never marks anything by itself.

type Versioned = { version: number };

// Callers in this process that saw the same token refused share one invalidation.
const invalidating = new Map<string, Promise<unknown>>();

function invalidateOnce(key: string, run: () => Promise<unknown>): Promise<unknown> {
  let p = invalidating.get(key);
  if (!p) {
    p = run().finally(() => invalidating.delete(key));
    invalidating.set(key, p);
  }
  return p;
}

async function withRenewal<K extends Versioned, T>(
  what: { key: string; log: Record<string, unknown> },
  get: () => Promise<K>,
  invalidate: (version: number) => Promise<unknown>,
  fn: (token: K) => Promise<T>,
): Promise<T> {
  const token = await get();
  try {
    return await fn(token);
  } catch (e) {
    if (!(e instanceof RemoteError && e.kind === "unauthorized")) throw e;
    logger.info({ ...what.log, version: token.version }, "Remote refused a cached token; renewing it and retrying once");
    await invalidateOnce(`${what.key}@${token.version}`, () => invalidate(token.version));
    // A second 401 reaches the caller as an error: the new token was refused too.
    return fn(await get());
  }
}

/**
 * Runs `fn` with the company's access token. A 401 from Remote on that call drops the token (only
 * if it is still the stored one), refreshes it once for all callers and processes, and runs `fn`
 * a second time; any error of the second run, and every non-401 error, is thrown unchanged.
 * `fn` must be safe to repeat after a 401 (Remote did nothing with a refused request).
 */
export function withCompanyToken<T>(connectionId: string, fn: (token: CompanyAccessToken) => Promise<T>, opts: { actor?: Actor } = {}): Promise<T> {
  const actor = opts.actor ?? SYSTEM;
  return withRenewal(
    { key: `company:${connectionId}`, log: { kind: "company", connectionId } },
    () => getAccessToken(connectionId, { actor }),
    (version) => invalidateAccessToken(connectionId, version),
    fn,
  );
}

/** The same contract for the partner (client credentials) token. */
export function withPartnerToken<T>(fn: (token: PartnerToken) => Promise<T>): Promise<T> {
  return withRenewal({ key: "partner", log: { kind: "partner" } }, getPartnerAccessToken, invalidatePartnerToken, fn);
}
