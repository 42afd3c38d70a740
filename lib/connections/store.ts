import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
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
  source: "consent" | "company_creation";
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
  const { tokens } = input;
  return getDb().$transaction(async (tx) => {
    // PostgreSQL: hold the company's row until commit, so a concurrent save cannot decide on a stale
    // read (and e.g. write back an external id the other one just set). SQLite transactions are
    // already serialized by the adapter.
    if (databaseKind(getEnv().DATABASE_URL) === "postgresql") {
      await tx.$queryRaw`SELECT 1 FROM "Connection" WHERE "environment" = ${environment} AND "remoteCompanyId" = ${input.remoteCompanyId} FOR UPDATE`;
    }
    const existing = await tx.connection.findUnique({
      where: { environment_remoteCompanyId: { environment, remoteCompanyId: input.remoteCompanyId } },
      select: { id: true, status: true, externalId: true, tokenVersion: true },
    });
    const id = existing?.id ?? randomUUID();
    const link = input.connectLinkId
      ? await tx.connectLink.findUnique({ where: { id: input.connectLinkId }, select: { connectionId: true, externalId: true, usedAt: true, revokedAt: true, expiresAt: true } })
      : null;
    if (input.connectLinkId && (!link || link.usedAt || link.revokedAt || link.expiresAt <= now)) throw new ConnectLinkUnavailableError();
    if (link?.connectionId && link.connectionId !== existing?.id) throw new ConnectLinkMismatchError();
    const externalId = input.externalId ?? link?.externalId ?? null;
    if (externalId && existing?.externalId && existing.externalId !== externalId) throw new ConnectLinkMismatchError();
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
      externalId: externalId ?? existing?.externalId ?? null,
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
    if (input.connectLinkId) {
      const used = await tx.connectLink.updateMany({
        where: { id: input.connectLinkId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, connectionId: id },
      });
      // Throwing rolls back the connection written above: nothing half-done is stored.
      if (used.count !== 1) throw new ConnectLinkUnavailableError();
    }
    await recordAudit(
      {
        type: existing ? "connection.reconnected" : "connection.connected",
        actor: input.actor,
        connectionId: id,
        message: `${input.companyName} ${existing ? "reconnected" : "connected"} (${input.source === "company_creation" ? "company created" : "consent"})`,
        metadata: { remote_company_id: input.remoteCompanyId, previous_status: existing?.status ?? null, external_id: fields.externalId },
      },
      tx,
    );
    await emit(tx, existing ? "connection.reconnected" : "connection.created", { connection: eventConnection(row) });
    // Relaying Remote's webhooks: the subscription is queued here and made by a background job, so a
    // slow Remote never slows this request.
    await queueSubscriptionOnConnect(tx, id, now);
    if (input.connectLinkId) {
      await recordAudit({ type: "connect_link.used", actor: input.actor, connectionId: id, metadata: { connect_link_id: input.connectLinkId } }, tx);
    }
    return { connection: row as ConnectionView, reconnected: !!existing };
  });
}
