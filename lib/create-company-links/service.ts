import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { connectLinkState, type ConnectLinkState } from "../connect-links/state";
import { randomToken, sha256 } from "../crypto/hash";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import { getEnv } from "../env";
import { parsePrefill, type CreatePrefill } from "./prefill";

export { type CreatePrefill } from "./prefill";

export const MAX_CREATE_LINK_TTL_SECONDS = 7 * 24 * 3600;
const DEFAULT_TTL_SECONDS = MAX_CREATE_LINK_TTL_SECONDS;

export type CreateLinkInput = {
  externalId: string;
  returnUrl?: string | null;
  prefill?: CreatePrefill;
  lockOwnerEmail?: boolean;
  expiresInSeconds?: number;
  note?: string | null;
  actor: Actor;
};
export type CreatedCreateLink = { id: string; url: string; expiresAt: Date; externalId: string };

const SLOT = (id: string) => ({ table: "CreateCompanyLink", id, field: "token" }) as const;
const linkUrl = (token: string) => `${getEnv().APP_URL}/create-company/${token}`;

export class CreateLinkInputError extends Error {}

/** A single-use, expiring link to the create-company form, prefilled; the token is shown only here (and sealed for copying). */
export async function createCreateCompanyLink(input: CreateLinkInput, now = new Date()): Promise<CreatedCreateLink> {
  if (input.lockOwnerEmail && !input.prefill?.owner_email) throw new CreateLinkInputError("lock_owner_email needs prefill.owner_email");
  const ttl = Math.min(Math.max(input.expiresInSeconds ?? DEFAULT_TTL_SECONDS, 60), MAX_CREATE_LINK_TTL_SECONDS);
  const token = randomToken(24);
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ttl * 1000);
  const db = getDb();
  await db.createCompanyLink.create({
    data: {
      id,
      tokenHash: sha256(token),
      tokenEnc: encryptSecret(SLOT(id), token),
      externalId: input.externalId,
      returnUrl: input.returnUrl ?? null,
      prefill: input.prefill && Object.keys(input.prefill).length ? JSON.stringify(input.prefill) : null,
      lockOwnerEmail: !!input.lockOwnerEmail,
      note: input.note ?? null,
      createdBy: input.actor.label ?? null,
      createdAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  await recordAudit({
    type: "create_company_link.created",
    actor: input.actor,
    metadata: { create_company_link_id: id, external_id: input.externalId, expires_in_seconds: ttl, lock_owner_email: !!input.lockOwnerEmail },
  });
  return { id, url: linkUrl(token), expiresAt, externalId: input.externalId };
}

export type ResolvedCreateLink =
  | { ok: true; id: string; externalId: string; returnUrl: string | null; prefill: CreatePrefill; lockOwnerEmail: boolean; expiresAt: Date }
  | { ok: false; reason: "link_unknown" | `link_${Exclude<ConnectLinkState, "pending">}` };

export const isCreateLinkToken = (token: string) => /^[A-Za-z0-9_-]{16,64}$/.test(token);

/** Looks a link up without using it (it is used when the company is about to be created). */
export async function resolveCreateCompanyLink(token: string): Promise<ResolvedCreateLink> {
  if (!isCreateLinkToken(token)) return { ok: false, reason: "link_unknown" };
  const row = await getDb().createCompanyLink.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row) return { ok: false, reason: "link_unknown" };
  const state = connectLinkState(row);
  if (state !== "pending") return { ok: false, reason: `link_${state}` };
  return { ok: true, id: row.id, externalId: row.externalId, returnUrl: row.returnUrl, prefill: parsePrefill(row.prefill), lockOwnerEmail: row.lockOwnerEmail, expiresAt: row.expiresAt };
}

/**
 * Takes the link for one creation, atomically: of two forms submitted from the same link only one
 * reaches Remote. Released again if Remote created nothing, so the admin can correct and retry.
 */
export async function takeCreateCompanyLink(id: string, now = new Date()): Promise<boolean> {
  const r = await getDb().createCompanyLink.updateMany({ where: { id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return r.count === 1;
}

export async function releaseCreateCompanyLink(id: string): Promise<void> {
  await getDb().createCompanyLink.updateMany({ where: { id, connectionId: null }, data: { usedAt: null } });
}

/** The company exists: the link stays used and names what it made. */
export async function settleCreateCompanyLink(id: string, connectionId: string | null, actor: Actor): Promise<void> {
  if (connectionId) await getDb().createCompanyLink.update({ where: { id }, data: { connectionId } });
  await recordAudit({ type: "create_company_link.used", actor, connectionId, metadata: { create_company_link_id: id } });
}

export async function pendingCreateCompanyLinkUrl(id: string): Promise<string | null> {
  const row = await getDb().createCompanyLink.findUnique({ where: { id }, select: { tokenEnc: true, expiresAt: true, usedAt: true, revokedAt: true } });
  if (!row?.tokenEnc || connectLinkState(row) !== "pending") return null;
  return linkUrl(decryptSecret(SLOT(id), row.tokenEnc));
}

export async function revokeCreateCompanyLink(id: string, actor: Actor): Promise<boolean> {
  const r = await getDb().createCompanyLink.updateMany({ where: { id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
  if (r.count === 1) await recordAudit({ type: "create_company_link.revoked", actor, metadata: { create_company_link_id: id } });
  return r.count === 1;
}

/** Where the partner wants the admin back after the company its link made was connected, if anywhere. */
export async function createLinkReturnFor(connectionId: string): Promise<{ returnUrl: string; externalId: string } | null> {
  const row = await getDb().createCompanyLink.findFirst({ where: { connectionId, returnUrl: { not: null } }, select: { returnUrl: true, externalId: true } });
  return row?.returnUrl ? { returnUrl: row.returnUrl, externalId: row.externalId } : null;
}
