import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { randomToken, sha256 } from "../crypto/hash";
import { getDb } from "../db";
import type { Db } from "../db/client";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getEnv } from "../env";
import { connectLinkState, type ConnectLinkState } from "./state";

export { connectLinkState, type ConnectLinkState } from "./state";

const DEFAULT_LINK_TTL_SECONDS = 7 * 24 * 3600;
export const MAX_LINK_TTL_SECONDS = 30 * 24 * 3600;

export type CreatedConnectLink = { id: string; url: string; expiresAt: Date; externalId: string | null; returnUrl: string | null };

type LinkInput = {
  externalId?: string | null;
  expiresInSeconds?: number;
  note?: string | null;
  /** Already checked with checkReturnUrl by the caller (API or console). */
  returnUrl?: string | null;
  actor: Actor;
  connectionId?: string | null;
  /** Minted for this connection's reconnect (the needs_reconnect event's reconnect_url). */
  forConnectionId?: string | null;
};

/** Anything that can write a link and its audit row: the db, or the `tx` of a caller's transaction. */
export type ConnectLinkTx = Pick<Db, "connectLink" | "auditEvent">;

const linkUrl = (token: string) => `${getEnv().APP_URL}/connect/${token}`;

/** A single-use, expiring link that leads a company admin to consent; the token is shown only here. */
export function createConnectLink(input: LinkInput): Promise<CreatedConnectLink> {
  return mintConnectLink(getDb(), input);
}

/** createConnectLink inside the caller's transaction: the link and its audit row commit with it, or not at all. */
export async function mintConnectLink(tx: ConnectLinkTx, input: LinkInput, now = new Date()): Promise<CreatedConnectLink> {
  const ttl = Math.min(Math.max(input.expiresInSeconds ?? DEFAULT_LINK_TTL_SECONDS, 60), MAX_LINK_TTL_SECONDS);
  const token = randomToken(24);
  const expiresAt = new Date(now.getTime() + ttl * 1000);
  const id = randomUUID();
  await tx.connectLink.create({
    data: {
      id,
      tokenHash: sha256(token),
      tokenEnc: encryptSecret({ table: "ConnectLink", id, field: "token" }, token),
      externalId: input.externalId ?? null,
      note: input.note ?? null,
      returnUrl: input.returnUrl ?? null,
      createdBy: input.actor.label ?? null,
      createdAt: now,
      expiresAt,
      connectionId: input.connectionId ?? null,
      forConnectionId: input.forConnectionId ?? null,
    },
    select: { id: true },
  });
  await recordAudit(
    {
      type: "connect_link.created",
      actor: input.actor,
      connectionId: input.connectionId ?? input.forConnectionId ?? null,
      metadata: { connect_link_id: id, external_id: input.externalId ?? null, expires_in_seconds: ttl },
    },
    tx,
  );
  return { id, url: linkUrl(token), expiresAt, externalId: input.externalId ?? null, returnUrl: input.returnUrl ?? null };
}

/** A reconnect link reused while it has at least this long left, so the customer has time to click it. */
export const RECONNECT_LINK_MIN_REMAINING_MS = 24 * 3600 * 1000;

/**
 * The URL a company admin opens to reconnect this connection (the needs_reconnect event's
 * reconnect_url): an open link minted for it earlier with a day or more left, else a new 7-day
 * link for the same company and external id, written in the caller's transaction.
 */
export async function reconnectLinkUrl(
  tx: ConnectLinkTx,
  connection: { id: string; externalId: string | null },
  actor: Actor,
  now = new Date(),
): Promise<string> {
  const open = await tx.connectLink.findFirst({
    where: {
      forConnectionId: connection.id,
      usedAt: null,
      revokedAt: null,
      tokenEnc: { not: null },
      expiresAt: { gt: new Date(now.getTime() + RECONNECT_LINK_MIN_REMAINING_MS) },
    },
    orderBy: { expiresAt: "desc" },
    select: { id: true, tokenEnc: true },
  });
  if (open?.tokenEnc) return linkUrl(decryptSecret({ table: "ConnectLink", id: open.id, field: "token" }, open.tokenEnc));
  // connectionId binds the link to this company: consent for another one is refused (see store.ts).
  const link = await mintConnectLink(
    tx,
    { externalId: connection.externalId, connectionId: connection.id, forConnectionId: connection.id, note: "Reconnect (needs_reconnect event)", actor },
    now,
  );
  return link.url;
}

export type ResolvedConnectLink =
  | { ok: true; id: string; externalId: string | null; expiresAt: Date; returnUrl: string | null }
  | { ok: false; reason: "link_unknown" | `link_${Exclude<ConnectLinkState, "pending">}` };

/** Looks a link token up without consuming it (it is consumed when a connection is stored). */
export async function resolveConnectLink(token: string): Promise<ResolvedConnectLink> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return { ok: false, reason: "link_unknown" };
  const row = await getDb().connectLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, externalId: true, expiresAt: true, usedAt: true, revokedAt: true, returnUrl: true },
  });
  if (!row) return { ok: false, reason: "link_unknown" };
  const state = connectLinkState(row);
  if (state !== "pending") return { ok: false, reason: `link_${state}` };
  return { ok: true, id: row.id, externalId: row.externalId, expiresAt: row.expiresAt, returnUrl: row.returnUrl };
}

/** The URL of a still-pending link (for staff to copy again), or null when it can no longer be used. */
export async function pendingConnectLinkUrl(id: string): Promise<string | null> {
  const row = await getDb().connectLink.findUnique({ where: { id }, select: { tokenEnc: true, expiresAt: true, usedAt: true, revokedAt: true } });
  if (!row?.tokenEnc || connectLinkState(row) !== "pending") return null;
  return linkUrl(decryptSecret({ table: "ConnectLink", id, field: "token" }, row.tokenEnc));
}

export async function revokeConnectLink(id: string, actor: Actor): Promise<boolean> {
  const r = await getDb().connectLink.updateMany({ where: { id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
  if (r.count === 1) await recordAudit({ type: "connect_link.revoked", actor, metadata: { connect_link_id: id } });
  return r.count === 1;
}
