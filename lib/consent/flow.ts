import "server-only";
import { randomToken, sha256 } from "../crypto/hash";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { logger } from "../logger";
import { countForSummary } from "../rate-limit/summary";
import { ConnectLinkMismatchError, ConnectLinkUnavailableError, saveConnectionTokens } from "../connections/store";
import { getCompany, getIdentity } from "../remote/api";
import { RemoteError } from "../remote/errors";
import { AuthorizationResponseError, buildAuthorizeUrl, exchangeCode, generateCodeVerifier, generateState, validateCallback } from "../remote/oauth";
import type { ConsentFailure } from "./failures";

export const PENDING_TTL_MS = 10 * 60 * 1000;

/** Creates the pending authorization and returns Remote's authorize URL. */
export async function startAuthorization(input: { browserNonce: string; connectLinkId?: string; returnUrl?: string | null; popup?: boolean }): Promise<string> {
  const state = generateState();
  const verifier = generateCodeVerifier();
  const db = getDb();
  const id = randomToken(16);
  await db.pendingAuthorization.create({
    data: {
      id,
      stateHash: sha256(state),
      browserHash: sha256(input.browserNonce),
      codeVerifierEnc: encryptSecret({ table: "PendingAuthorization", id, field: "codeVerifier" }, verifier),
      connectLinkId: input.connectLinkId ?? null,
      // Checked by the caller (checkReturnUrl) before anything is written.
      returnUrl: input.returnUrl ?? null,
      popup: input.popup ?? false,
      expiresAt: new Date(Date.now() + PENDING_TTL_MS),
    },
  });
  // Housekeeping: pending rows are useless after expiry.
  await db.pendingAuthorization.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 24 * 3600 * 1000) } } });
  return buildAuthorizeUrl({ state, codeVerifier: verifier });
}

/** Where the partner asked the browser to go at the end (a checked return_url), and whether it is a popup. */
export type ReturnTarget = { returnUrl: string; popup: boolean; externalId: string | null };

export type CallbackResult = (
  | { ok: true; connectionId: string; companyName: string; reconnected: boolean; replayed?: true }
  | { ok: false; reason: ConsentFailure }
) & { target?: ReturnTarget };

// Failures that did not use up a pending authorization (no state, a forged or stale one, a replay):
// anyone can send them in bulk, so they are counted and summarised instead of audited one by one.
// A failure that consumed a pending authorization is audited; those are bounded by the starts.
type Outcome = CallbackResult & { junk?: true };
const junk = (reason: ConsentFailure): Outcome => ({ ok: false, reason, junk: true });

const SUMMARY_INTERVAL_MS = 60_000;
const CALLBACK_ACTOR = { type: "system", label: "consent callback" } as const;

/** Consumes the state (once, from the browser that started), exchanges the code, stores the connection. */
export async function completeAuthorization(params: URLSearchParams, browserNonce: string | undefined): Promise<CallbackResult> {
  const { junk: isJunk, ...outcome } = await complete(params, browserNonce);
  const target = await returnTarget(params.get("state"), outcome.ok ? outcome.connectionId : null);
  const result: CallbackResult = target ? { ...outcome, target } : outcome;
  if (result.ok) return result;
  if (isJunk) {
    await countForSummary(getDb(), "consent-callback", result.reason, SUMMARY_INTERVAL_MS, ({ total, byReason, since }) =>
      recordAudit({
        type: "connection.consent_failed",
        actor: CALLBACK_ACTOR,
        message: `${total} unrecognised consent callback${total === 1 ? "" : "s"} in the last minute`,
        metadata: { summary: true, count: total, since: since?.toISOString() ?? null, ...byReason },
      }),
    );
  } else {
    await recordAudit({ type: "connection.consent_failed", actor: { type: "company_admin" }, metadata: { reason: result.reason } });
  }
  return result;
}

async function complete(params: URLSearchParams, browserNonce: string | undefined): Promise<Outcome> {
  const state = params.get("state");
  if (!state) return junk(params.get("error") === "access_denied" ? "denied" : "missing_state");
  const db = getDb();
  const stateHash = sha256(state);
  const browserHash = sha256(browserNonce ?? "");
  const now = new Date();
  const consumed = await db.pendingAuthorization.updateMany({
    where: { stateHash, browserHash, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  const pending = await db.pendingAuthorization.findUnique({ where: { stateHash } });
  if (consumed.count !== 1 || !pending) {
    if (!pending) return junk("unknown_state");
    if (pending.expiresAt <= now) return junk("expired_state");
    if (pending.consumedAt) return (await replayedResult(pending, !!browserNonce && pending.browserHash === browserHash)) ?? junk("reused_state");
    return junk("foreign_browser");
  }

  let callback: URLSearchParams;
  try {
    callback = validateCallback(params, state);
  } catch (e) {
    if (e instanceof AuthorizationResponseError) return { ok: false, reason: e.error === "access_denied" ? "denied" : "remote_error" };
    return { ok: false, reason: "remote_error" };
  }

  try {
    const verifier = decryptSecret({ table: "PendingAuthorization", id: pending.id, field: "codeVerifier" }, pending.codeVerifierEnc);
    const tokens = await exchangeCode(callback, verifier);
    // Remote documents company_id/user_id on the code grant; identity/current fills them in when
    // absent and names the admin who consented. It is only required when the ids are missing.
    const haveIds = !!tokens.companyId && !!tokens.userId;
    const identity = await getIdentity(tokens.accessToken).catch((e) => {
      if (haveIds) return null;
      throw e;
    });
    const companyId = tokens.companyId ?? identity?.company?.id;
    const userId = tokens.userId ?? identity?.user?.id;
    if (!companyId) return { ok: false, reason: "remote_error" };
    const companyName = identity?.company?.name ?? (await getCompany(tokens.accessToken, companyId)).name;
    const admin = identity?.user;
    const connectedBy = admin?.email ? `${admin.name ?? admin.email} <${admin.email}>` : userId ? `Remote user ${userId}` : "company admin";
    const { connection, reconnected } = await saveConnectionTokens({
      remoteCompanyId: companyId,
      companyName,
      remoteUserId: userId,
      tokens,
      source: "consent",
      actor: { type: "company_admin", id: userId, label: connectedBy },
      connectedBy,
      connectLinkId: pending.connectLinkId,
    });
    await db.pendingAuthorization
      .update({ where: { id: pending.id }, data: { resultConnectionId: connection.id } })
      // Only the replay of this callback depends on it; the connection itself is stored.
      .catch((e) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "could not remember the consent result"));
    return { ok: true, connectionId: connection.id, companyName: connection.companyName, reconnected };
  } catch (e) {
    if (e instanceof ConnectLinkUnavailableError) return { ok: false, reason: "link_used" };
    if (e instanceof ConnectLinkMismatchError) return { ok: false, reason: "link_other_company" };
    if (e instanceof RemoteError) {
      logger.warn({ kind: e.kind, status: e.status, remoteCode: e.remoteCode }, "consent callback failed at Remote");
      if (e.kind === "invalid_grant" || e.kind === "bad_request") return { ok: false, reason: "code_rejected" };
      if (e.kind === "rate_limited") return { ok: false, reason: "rate_limited" };
      if (e.kind === "unavailable") return { ok: false, reason: "gateway_unavailable" };
      if (e.kind === "invalid_client") return { ok: false, reason: "misconfigured" };
      return { ok: false, reason: "remote_error" };
    }
    logger.error({ err: e instanceof Error ? e.message : String(e) }, "consent callback failed");
    throw e;
  }
}

/**
 * The same browser coming back with a callback that already succeeded (reload, back button, a
 * double submit that lost the race): it sees that result again. Another browser never does.
 */
async function replayedResult(pending: { resultConnectionId: string | null }, sameBrowser: boolean): Promise<Outcome | null> {
  if (!sameBrowser || !pending.resultConnectionId) return null;
  const connection = await getDb().connection.findUnique({ where: { id: pending.resultConnectionId }, select: { id: true, companyName: true } });
  if (!connection) return null;
  return { ok: true, connectionId: connection.id, companyName: connection.companyName, reconnected: false, replayed: true };
}

/**
 * The return_url of the authorization this callback belongs to (found by its state, whichever way it
 * ended), with the external id of its connection or connect link. No state, no target: an
 * unrecognised callback never learns or triggers a partner redirect.
 */
async function returnTarget(state: string | null, connectionId: string | null): Promise<ReturnTarget | undefined> {
  if (!state) return undefined;
  const db = getDb();
  const pending = await db.pendingAuthorization.findUnique({ where: { stateHash: sha256(state) }, select: { returnUrl: true, popup: true, connectLinkId: true } });
  if (!pending?.returnUrl) return undefined;
  const connection = connectionId ? await db.connection.findUnique({ where: { id: connectionId }, select: { externalId: true } }) : null;
  const link = !connection?.externalId && pending.connectLinkId
    ? await db.connectLink.findUnique({ where: { id: pending.connectLinkId }, select: { externalId: true } })
    : null;
  return { returnUrl: pending.returnUrl, popup: pending.popup, externalId: connection?.externalId ?? link?.externalId ?? null };
}
