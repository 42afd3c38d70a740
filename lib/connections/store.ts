import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { emit, eventConnection } from "../events/emit";
import type { TokenSet } from "../remote/oauth";
import { queueSubscriptionOnConnect } from "../remote-events/subscriptions";
import { healthyStatus } from "./statuses";
import { noteTokenLifetime } from "./token-lifetime";
import { connectionViewSelect, type ConnectionView } from "./view";

export class ConnectLinkUnavailableError extends Error {
  constructor() {
    super("This connect link has already been used, revoked or has expired.");
    this.name = "ConnectLinkUnavailableError";
  }
}

/**
 * The link cannot attach this company: it was made to reconnect another company, or it carries an
 * external id while the company is already known under a different one. Storing it would let the
 * partner's id point at the wrong company's tokens.
 */
export class ConnectLinkMismatchError extends Error {
  constructor() {
    super("This connect link was made for another company.");
    this.name = "ConnectLinkMismatchError";
  }
}

export type SaveConnectionInput = {
  remoteCompanyId: string;
  companyName: string;
  remoteUserId?: string | null;
  tokens: TokenSet;
  externalId?: string | null;
  source: "consent" | "company_creation" | "import";
  actor: Actor;
  connectedBy?: string | null;
  /** When the flow came from a connect link: consumed in the same transaction, or nothing is stored. */
  connectLinkId?: string | null;
};

/**
 * Stores a company's tokens after consent or company creation. One row per Remote company and
 * environment: a reconnect updates the row in place and clears any failure state.
 */
export async function saveConnectionTokens(input: SaveConnectionInput): Promise<{ connection: ConnectionView; reconnected: boolean }> {
  const environment = getEnv().REMOTE_ENVIRONMENT;
  if (!input.tokens.refreshToken) throw new Error("Remote did not return a refresh token");
  const now = new Date();
  noteTokenLifetime(input.tokens.expiresIn);

  // Two consents for one company can finish at the same moment (a plain one and a connect link's).
  // Both create the row: the loser hits the unique key and runs again, now as the reconnect.
  for (let attempt = 1; ; attempt++) {
    try {
      return await save(input, environment, now);
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002" || attempt >= 3) throw e;
    }
  }
}

function save(input: SaveConnectionInput, environment: string, now: Date) {
  return getDb().$transaction(async (tx) => {
    const existing = await lockAndRead(tx, environment, input.remoteCompanyId);
    const link = input.connectLinkId
      ? await tx.connectLink.findUnique({ where: { id: input.connectLinkId }, select: { connectionId: true, externalId: true, usedAt: true, revokedAt: true, expiresAt: true } })
      : null;
    if (input.connectLinkId && (!link || link.usedAt || link.revokedAt || link.expiresAt <= now)) throw new ConnectLinkUnavailableError();
    if (link?.connectionId && link.connectionId !== existing?.id) throw new ConnectLinkMismatchError();
    const externalId = input.externalId ?? link?.externalId ?? null;
    if (externalId && existing?.externalId && existing.externalId !== externalId) throw new ConnectLinkMismatchError();
    const { id, row } = await writeConnection(tx, { ...input, externalId }, environment, now, existing);
    if (input.connectLinkId) {
      const used = await tx.connectLink.updateMany({
        where: { id: input.connectLinkId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, connectionId: id },
      });
      // Throwing rolls back the connection written above: nothing half-done is stored.
      if (used.count !== 1) throw new ConnectLinkUnavailableError();
      await recordAudit({ type: "connect_link.used", actor: input.actor, connectionId: id, metadata: { connect_link_id: input.connectLinkId } }, tx);
    }
    return { connection: row as ConnectionView, reconnected: !!existing };
  });
}

type Tx = Prisma.TransactionClient;
type Existing = { id: string; status: string; externalId: string | null; tokenVersion: number };

async function lockAndRead(tx: Tx, environment: string, remoteCompanyId: string): Promise<Existing | null> {
  // PostgreSQL: hold the company's row until commit, so a concurrent save cannot decide on a stale
  // read (and e.g. write back an external id the other one just set). SQLite transactions are
  // already serialized by the adapter.
  if (databaseKind(getEnv().DATABASE_URL) === "postgresql") {
    await tx.$queryRaw`SELECT 1 FROM "Connection" WHERE "environment" = ${environment} AND "remoteCompanyId" = ${remoteCompanyId} FOR UPDATE`;
  }
  return tx.connection.findUnique({
    where: { environment_remoteCompanyId: { environment, remoteCompanyId } },
    select: { id: true, status: true, externalId: true, tokenVersion: true },
  });
}

/** Seals and writes the tokens (a new row, or the existing one updated in place), with its audit row and event. */
async function writeConnection(tx: Tx, input: Omit<SaveConnectionInput, "connectLinkId">, environment: string, now: Date, existing: Existing | null) {
  const { tokens } = input;
  const id = existing?.id ?? randomUUID();
  const secrets = {
    refreshTokenEnc: encryptSecret({ table: "Connection", id, field: "refreshToken" }, tokens.refreshToken!),
    accessTokenEnc: encryptSecret({ table: "Connection", id, field: "accessToken" }, tokens.accessToken),
    accessTokenExpiresAt: new Date(now.getTime() + tokens.expiresIn * 1000),
    tokenLifetimeSeconds: tokens.expiresIn,
  };
  const fields = {
    ...secrets,
    companyName: input.companyName,
    remoteUserId: input.remoteUserId ?? null,
    externalId: input.externalId ?? existing?.externalId ?? null,
    ...healthyStatus(now),
    source: existing ? undefined : input.source,
    scope: tokens.scope ?? getEnv().REMOTE_SCOPE,
    leaseOwner: null,
    leaseExpiresAt: null,
    connectedAt: now,
    connectedBy: input.connectedBy ?? null,
    disconnectedAt: null,
  };
  const row = existing
    ? await tx.connection.update({ where: { id }, data: { ...fields, tokenVersion: { increment: 1 } }, select: connectionViewSelect })
    : await tx.connection.create({
        data: { ...fields, id, environment, remoteCompanyId: input.remoteCompanyId, source: input.source, tokenVersion: 1 },
        select: connectionViewSelect,
      });
  const how = input.source === "company_creation" ? "company created" : input.source === "import" ? "refresh token imported" : "consent";
  await recordAudit(
    {
      type: input.source === "import" ? "connection.imported" : existing ? "connection.reconnected" : "connection.connected",
      actor: input.actor,
      connectionId: id,
      message: `${input.companyName} ${existing ? "reconnected" : "connected"} (${how})`,
      metadata: { remote_company_id: input.remoteCompanyId, previous_status: existing?.status ?? null, external_id: fields.externalId },
    },
    tx,
  );
  await emit(tx, existing ? "connection.reconnected" : "connection.created", { connection: eventConnection(row) });
  // Relaying Remote's webhooks: the subscription is queued here and made by a background job, so a
  // slow Remote never slows this request.
  await queueSubscriptionOnConnect(tx, id, now);
  return { id, row };
}

export type ImportedConnectionInput = Omit<SaveConnectionInput, "source" | "connectLinkId" | "connectedBy"> & {
  /** sha256 of the refresh token as it was imported (not of a rotated one): what makes a re-run a no-op. */
  tokenHash: string;
};

export type ImportSaveOutcome =
  | { outcome: "imported"; connectionId: string; externalId: string | null; revived: string | null }
  | { outcome: "already_present"; connectionId: string; externalId: string | null; why: "token_imported" | "company_connected" }
  | { outcome: "external_id_mismatch"; connectionId: string; externalId: string | null };

/** A company with one of these keeps its connection: an import never replaces a live token. */
const LIVE_STATUSES = new Set(["connected", "refresh_failing"]);

/**
 * Stores an imported refresh token like a consented one (source "import"), with its ImportedToken
 * row in the same transaction. The token hash and the company are decided on inside the
 * transaction, so two imports of the same token or company at once end with one connection: the
 * loser hits a unique key (ImportedToken's or the connection's), runs again and reads the winner's rows.
 * A needs_reconnect or disconnected connection is revived with the token (it was verified just now).
 */
export async function saveImportedConnection(input: ImportedConnectionInput): Promise<ImportSaveOutcome> {
  const environment = getEnv().REMOTE_ENVIRONMENT;
  if (!input.tokens.refreshToken) throw new Error("no refresh token to store");
  noteTokenLifetime(input.tokens.expiresIn);
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveImported(input, environment, new Date());
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002" || attempt >= 3) throw e;
    }
  }
}

function saveImported(input: ImportedConnectionInput, environment: string, now: Date): Promise<ImportSaveOutcome> {
  return getDb().$transaction(async (tx): Promise<ImportSaveOutcome> => {
    const existing = await lockAndRead(tx, environment, input.remoteCompanyId);
    const known = await tx.importedToken.findUnique({ where: { tokenHash: input.tokenHash }, select: { connectionId: true } });
    if (known) {
      const c = await tx.connection.findUnique({ where: { id: known.connectionId }, select: { externalId: true } });
      return { outcome: "already_present", connectionId: known.connectionId, externalId: c?.externalId ?? null, why: "token_imported" };
    }
    if (existing && LIVE_STATUSES.has(existing.status)) {
      // Remembered, so running the same file again does not call Remote for this token.
      await tx.importedToken.create({ data: { tokenHash: input.tokenHash, connectionId: existing.id, importedAt: now } });
      return { outcome: "already_present", connectionId: existing.id, externalId: existing.externalId, why: "company_connected" };
    }
    if (input.externalId && existing?.externalId && existing.externalId !== input.externalId) {
      return { outcome: "external_id_mismatch", connectionId: existing.id, externalId: existing.externalId };
    }
    const { id, row } = await writeConnection(tx, { ...input, source: "import", connectedBy: input.actor.label ?? "import" }, environment, now, existing);
    await tx.importedToken.create({ data: { tokenHash: input.tokenHash, connectionId: id, importedAt: now } });
    return { outcome: "imported", connectionId: id, externalId: row.externalId, revived: existing?.status ?? null };
  });
}
