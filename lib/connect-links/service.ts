import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { randomToken, sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getEnv } from "../env";
import { connectLinkState, type ConnectLinkState } from "./state";

export { connectLinkState, type ConnectLinkState } from "./state";

const DEFAULT_LINK_TTL_SECONDS = 7 * 24 * 3600;
export const MAX_LINK_TTL_SECONDS = 30 * 24 * 3600;

export type CreatedConnectLink = { id: string; url: string; expiresAt: Date; externalId: string | null };

/** A single-use, expiring link that leads a company admin to consent; the token is shown only here. */
export async function createConnectLink(input: {
  externalId?: string | null;
  expiresInSeconds?: number;
  note?: string | null;
  actor: Actor;
  connectionId?: string | null;
}): Promise<CreatedConnectLink> {
  const ttl = Math.min(Math.max(input.expiresInSeconds ?? DEFAULT_LINK_TTL_SECONDS, 60), MAX_LINK_TTL_SECONDS);
  const token = randomToken(24);
  const expiresAt = new Date(Date.now() + ttl * 1000);
  const id = randomUUID();
  const link = await getDb().connectLink.create({
    data: {
      id,
      tokenHash: sha256(token),
      tokenEnc: encryptSecret({ table: "ConnectLink", id, field: "token" }, token),
      externalId: input.externalId ?? null,
      note: input.note ?? null,
      createdBy: input.actor.label ?? null,
      expiresAt,
      connectionId: input.connectionId ?? null,
    },
    select: { id: true },
  });
  await recordAudit({
    type: "connect_link.created",
    actor: input.actor,
    connectionId: input.connectionId ?? null,
    metadata: { connect_link_id: link.id, external_id: input.externalId ?? null, expires_in_seconds: ttl },
  });
  return { id: link.id, url: `${getEnv().APP_URL}/connect/${token}`, expiresAt, externalId: input.externalId ?? null };
}

export type ResolvedConnectLink =
  | { ok: true; id: string; externalId: string | null; expiresAt: Date }
  | { ok: false; reason: "link_unknown" | `link_${Exclude<ConnectLinkState, "pending">}` };

/** Looks a link token up without consuming it (it is consumed when a connection is stored). */
export async function resolveConnectLink(token: string): Promise<ResolvedConnectLink> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return { ok: false, reason: "link_unknown" };
  const row = await getDb().connectLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, externalId: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!row) return { ok: false, reason: "link_unknown" };
  const state = connectLinkState(row);
  if (state !== "pending") return { ok: false, reason: `link_${state}` };
  return { ok: true, id: row.id, externalId: row.externalId, expiresAt: row.expiresAt };
}

/** The URL of a still-pending link (for staff to copy again), or null when it can no longer be used. */
export async function pendingConnectLinkUrl(id: string): Promise<string | null> {
  const row = await getDb().connectLink.findUnique({ where: { id }, select: { tokenEnc: true, expiresAt: true, usedAt: true, revokedAt: true } });
  if (!row?.tokenEnc || connectLinkState(row) !== "pending") return null;
  return `${getEnv().APP_URL}/connect/${decryptSecret({ table: "ConnectLink", id, field: "token" }, row.tokenEnc)}`;
}

export async function revokeConnectLink(id: string, actor: Actor): Promise<boolean> {
  const r = await getDb().connectLink.updateMany({ where: { id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
  if (r.count === 1) await recordAudit({ type: "connect_link.revoked", actor, metadata: { connect_link_id: id } });
  return r.count === 1;
}
