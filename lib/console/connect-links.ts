import "server-only";
import { connectLinkState } from "../connect-links/state";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { pageOf, type Page } from "./params";
import { LINK_STATES, type LinkState } from "./statuses";

const SELECT = {
  id: true,
  externalId: true,
  note: true,
  createdBy: true,
  createdAt: true,
  expiresAt: true,
  usedAt: true,
  revokedAt: true,
  connectionId: true,
  connection: { select: { companyName: true } },
} satisfies Prisma.ConnectLinkSelect; // never tokenHash

export type ConnectLinkRow = Prisma.ConnectLinkGetPayload<{ select: typeof SELECT }> & { state: LinkState };

function stateWhere(state: LinkState, now: Date): Prisma.ConnectLinkWhereInput {
  switch (state) {
    case "revoked":
      return { revokedAt: { not: null } };
    case "used":
      return { revokedAt: null, usedAt: { not: null } };
    case "expired":
      return { revokedAt: null, usedAt: null, expiresAt: { lte: now } };
    case "pending":
      return { revokedAt: null, usedAt: null, expiresAt: { gt: now } };
  }
}

export type LinkQuery = { state?: string; q?: string; page?: number; pageSize?: number };

export async function listConnectLinks(query: LinkQuery): Promise<Page<ConnectLinkRow> & { state?: LinkState; q?: string }> {
  const now = new Date();
  const state = (LINK_STATES as readonly string[]).includes(query.state ?? "") ? (query.state as LinkState) : undefined;
  const q = query.q?.trim().slice(0, 100) || undefined;
  const page = query.page ?? 1;
  const pageSize = Math.min(Math.max(query.pageSize ?? 25, 5), 100);
  const where: Prisma.ConnectLinkWhereInput = { AND: [state ? stateWhere(state, now) : {}, q ? { OR: [{ externalId: { contains: q } }, { note: { contains: q } }, { id: q }] } : {}] };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.connectLink.count({ where }),
    db.connectLink.findMany({ where, select: SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { state, q, ...pageOf(rows.map((r) => ({ ...r, state: connectLinkState(r, now) })), total, page, pageSize) };
}
