import "server-only";
import type { Actor } from "../audit/events";
import { sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { isDatabaseUnavailable } from "../db/errors";
import { logger } from "../logger";
import { getIdentity, type RemoteIdentity } from "../remote/api";
import { RateBudgetExhausted, withBudget } from "../remote/budget";
import { excerpt, RemoteError } from "../remote/errors";
import { refreshGrant, type TokenSet } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import type { ImportStatus } from "../partner-api/contract/import";
import { getClientCircuit } from "./client-circuit";
import { saveImportedConnection } from "./store";
import { toTokenFailure } from "./token-failure";

// Importing refresh tokens a partner already holds (issue 14). Each token is verified by one
// refresh and one identity/current call, both spent from the shared rate budget as background work
// (they wait for room instead of failing, unless the caller sets a deadline), then stored exactly
// like a consented connection. The token's sha256 is remembered, so a second run of the same file
// makes no Remote call: Remote may rotate a token on use, so the original must never be tried twice.

export type ImportInput = { refresh_token: string; external_id?: string; company_name?: string };

export type ImportOutcome = {
  status: ImportStatus;
  connectionId?: string;
  remoteCompanyId?: string;
  /** Plain words for the per-line report; never contains the token. */
  reason?: string;
  /** Internal: the connection's external id, so an API answer can hide a connection outside the key's prefix. */
  connectionExternalId?: string | null;
};

export type ImportOptions = {
  actor: Actor;
  /** Tokens verified at once (default 4): enough to keep the budget busy, few enough to leave room for live traffic. */
  concurrency?: number;
  /** ms epoch: a token whose Remote calls cannot be made by then fails (the API's request clock). Default: wait. */
  deadline?: number;
  /** Stops starting new tokens (Ctrl-C); those in flight finish. */
  signal?: AbortSignal;
};

export const DEFAULT_IMPORT_CONCURRENCY = 4;

const NOTHING_STORED = "Nothing was stored; importing it again retries it.";

/** Verification failed after Remote answered the refresh: a rotated token would be spent. */
class AfterRefresh extends Error {
  constructor(
    readonly failure: unknown,
    readonly rotated: boolean,
  ) {
    super("identity/current failed after the refresh");
  }
}

/** One import run: shares the client-refused verdict and the tokens already seen between its lines. */
class ImportRun {
  private seen = new Map<string, Promise<ImportOutcome>>();
  private clientRefused: string | null = null;

  constructor(private readonly opts: ImportOptions) {}

  async prepare(): Promise<void> {
    // Our client credentials are refused right now: every line would fail the same way, at Remote's cost.
    const circuit = await getClientCircuit().catch(() => null);
    if (circuit?.open) this.clientRefused = circuit.message;
  }

  importOne(item: ImportInput): Promise<ImportOutcome> {
    const hash = sha256(item.refresh_token);
    const earlier = this.seen.get(hash);
    if (earlier) return earlier.then(repeated);
    const p = this.verifyAndStore(item, hash);
    this.seen.set(hash, p);
    return p;
  }

  private async verifyAndStore(item: ImportInput, hash: string): Promise<ImportOutcome> {
    try {
      const known = await alreadyImported(hash);
      if (known) return known;
      if (this.clientRefused) return { status: "failed", reason: `${this.clientRefused} ${NOTHING_STORED}` };
      let tokens: TokenSet;
      let identity: RemoteIdentity;
      try {
        ({ tokens, identity } = await this.verify(item.refresh_token));
      } catch (e) {
        if (!(e instanceof RemoteError) && !(e instanceof AfterRefresh)) throw e;
        return this.remoteFailure(e, hash);
      }
      const companyId = identity.company?.id;
      if (!companyId) return { status: "failed", reason: `Remote's identity/current named no company for this token. ${NOTHING_STORED}` };
      const saved = await saveImportedConnection({
        remoteCompanyId: companyId,
        companyName: identity.company?.name || item.company_name || `Remote company ${companyId}`,
        remoteUserId: identity.user?.id ?? null,
        // Rotation: store what Remote answered (the original stays valid only if Remote echoed it).
        tokens: { ...tokens, refreshToken: tokens.refreshToken ?? item.refresh_token },
        externalId: item.external_id ?? null,
        tokenHash: hash,
        actor: this.opts.actor,
      });
      const base = { connectionId: saved.connectionId, remoteCompanyId: companyId, connectionExternalId: saved.externalId };
      if (saved.outcome === "imported") {
        return { status: "imported", ...base, ...(saved.revived ? { reason: `Revived the company's ${saved.revived} connection with this token.` } : {}) };
      }
      if (saved.outcome === "already_present") {
        return { status: "already_present", ...base, reason: saved.why === "token_imported" ? TOKEN_IMPORTED : COMPANY_CONNECTED };
      }
      return {
        status: "failed",
        remoteCompanyId: companyId,
        connectionExternalId: saved.externalId,
        reason: `The company's connection has another external_id; import it with that one or without external_id. ${NOTHING_STORED}`,
      };
    } catch (e) {
      if (isDatabaseUnavailable(e)) return { status: "failed", reason: `The database was unavailable. ${NOTHING_STORED}` };
      // Never the token: an error's text is masked (excerpt) before it is logged.
      logger.error({ err: excerpt(e instanceof Error ? e.message : String(e)) }, "importing a refresh token failed unexpectedly");
      return { status: "failed", reason: `Unexpected error (logged). ${NOTHING_STORED}` };
    }
  }

  private verify(refreshToken: string): Promise<{ tokens: TokenSet; identity: RemoteIdentity }> {
    const retry = { attempts: 3, deadline: this.opts.deadline };
    return withBudget({ priority: "background", deadline: this.opts.deadline }, async () => {
      const tokens = await withRetry(() => refreshGrant(refreshToken), retry);
      try {
        const identity = await withRetry(() => getIdentity(tokens.accessToken), retry);
        return { tokens, identity };
      } catch (e) {
        throw new AfterRefresh(e, !!tokens.refreshToken && tokens.refreshToken !== refreshToken);
      }
    });
  }

  private async remoteFailure(e: unknown, hash: string): Promise<ImportOutcome> {
    if (e instanceof AfterRefresh) {
      const lost = e.rotated ? " Remote rotated the token on this refresh and the new one could not be stored, so the original may no longer work." : "";
      return { status: "failed", reason: `${remoteReason(e.failure, "identity/current")} ${NOTHING_STORED}${lost}` };
    }
    const failure = toTokenFailure(e, "refresh_token", 1);
    if (failure.scope === "dead_grant") {
      // Another run may have imported this very token a moment ago and Remote rotated it: then it is there.
      return (await alreadyImported(hash)) ?? { status: "dead", reason: `Remote rejected the refresh token (${failure.reason}): consent revoked or expired. Not stored.` };
    }
    if (failure.scope === "client") this.clientRefused = failure.message;
    if (e instanceof RateBudgetExhausted) return { status: "failed", reason: `The Remote rate budget had no room in time. ${NOTHING_STORED}` };
    return { status: "failed", reason: `${failure.message} ${NOTHING_STORED}` };
  }
}

const TOKEN_IMPORTED = "This token was imported before.";
const COMPANY_CONNECTED = "The company already has a live connection; it was left as it is.";

function repeated(o: ImportOutcome): ImportOutcome {
  const status = o.status === "imported" ? "already_present" : o.status;
  return { ...o, status, reason: `The same token appears earlier in this import${o.reason ? `: ${o.reason}` : "."}` };
}

function remoteReason(e: unknown, step: string): string {
  if (e instanceof RateBudgetExhausted) return `The Remote rate budget had no room in time for ${step}.`;
  if (e instanceof RemoteError) {
    if (e.temporary) return `Remote was unavailable for ${step} (${e.message}).`;
    return `Remote refused ${step} with the new access token (${e.remoteCode ?? e.kind}).`;
  }
  return `${step} failed.`;
}

async function alreadyImported(hash: string): Promise<ImportOutcome | null> {
  const row = await getDb().importedToken.findUnique({ where: { tokenHash: hash }, select: { connectionId: true } });
  if (!row) return null;
  const c = await getDb().connection.findUnique({ where: { id: row.connectionId }, select: { remoteCompanyId: true, externalId: true } });
  return { status: "already_present", connectionId: row.connectionId, remoteCompanyId: c?.remoteCompanyId, connectionExternalId: c?.externalId ?? null, reason: TOKEN_IMPORTED };
}

type Keyed<K> = { key: K; item: ImportInput };

/**
 * Imports tokens from any (async) source, `concurrency` at a time, reporting each outcome as it
 * comes (not in order). Reads the source only as fast as tokens are imported, so a file of any
 * size is streamed. Never throws for a token; only `onResult` can make it throw.
 */
export async function runImport<K>(source: Iterable<Keyed<K>> | AsyncIterable<Keyed<K>>, opts: ImportOptions, onResult: (key: K, outcome: ImportOutcome) => void): Promise<void> {
  const run = new ImportRun(opts);
  await run.prepare();
  const limit = Math.max(1, opts.concurrency ?? DEFAULT_IMPORT_CONCURRENCY);
  const running = new Set<Promise<void>>();
  for await (const { key, item } of source) {
    if (opts.signal?.aborted) break;
    while (running.size >= limit) await Promise.race(running);
    const p: Promise<void> = run.importOne(item).then((o) => onResult(key, o)).finally(() => running.delete(p));
    running.add(p);
  }
  await Promise.all(running);
}

/** A batch in memory (the API): outcomes in input order. */
export async function importTokens(items: ImportInput[], opts: ImportOptions): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = new Array(items.length);
  await runImport(items.map((item, key) => ({ key, item })), opts, (key, o) => (out[key] = o));
  return out;
}

export type ImportTotals = Record<ImportStatus, number>;

export function totalsOf(outcomes: Iterable<{ status: ImportStatus }>): ImportTotals {
  const t: ImportTotals = { imported: 0, already_present: 0, dead: 0, failed: 0 };
  for (const o of outcomes) t[o.status]++;
  return t;
}
