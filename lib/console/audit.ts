import "server-only";
import { AUDIT_EVENT_TYPES, type AuditEventType } from "../audit/events";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { pageOf, type Page } from "./params";

export type AuditQuery = { type?: string; connectionId?: string; actor?: string; page?: number; pageSize?: number };

const SELECT = {
  id: true,
  type: true,
  connectionId: true,
  actorType: true,
  actorId: true,
  actorLabel: true,
  message: true,
  metadata: true,
  createdAt: true,
  connection: { select: { companyName: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditRow = Omit<Prisma.AuditEventGetPayload<{ select: typeof SELECT }>, "metadata"> & { metadata: [string, string][] };

function isAuditType(v: unknown): v is AuditEventType {
  return typeof v === "string" && (AUDIT_EVENT_TYPES as readonly string[]).includes(v);
}

/** Metadata holds ids, codes and counts only; shown as key/value pairs. */
function parseMetadata(raw: string | null): [string, string][] {
  if (!raw) return [];
  try {
    const obj = JSON.parse(raw) as Record<string, unknown>;
    return Object.entries(obj)
      .filter(([, v]) => v !== null && v !== undefined && typeof v !== "object")
      .map(([k, v]) => [k, String(v).slice(0, 200)]);
  } catch {
    return [];
  }
}

function normalizeAuditQuery(q: AuditQuery) {
  return {
    type: isAuditType(q.type) ? q.type : undefined,
    connectionId: q.connectionId?.trim().slice(0, 64) || undefined,
    actor: q.actor?.trim().slice(0, 200) || undefined,
    page: q.page ?? 1,
    pageSize: Math.min(Math.max(q.pageSize ?? 50, 5), 200),
  };
}

/** The audit log, newest first, filtered by event type, connection and actor (e-mail, key name or id). */
export async function listAuditEvents(query: AuditQuery): Promise<Page<AuditRow> & ReturnType<typeof normalizeAuditQuery>> {
  const n = normalizeAuditQuery(query);
  const where: Prisma.AuditEventWhereInput = {};
  if (n.type) where.type = n.type;
  if (n.connectionId) where.connectionId = n.connectionId;
  if (n.actor) where.OR = [{ actorLabel: { contains: n.actor } }, { actorId: n.actor }, { actorType: n.actor }];
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (n.page - 1) * n.pageSize,
      take: n.pageSize,
    }),
  ]);
  return { ...n, ...pageOf(rows.map((r) => ({ ...r, metadata: parseMetadata(r.metadata) })), total, n.page, n.pageSize) };
}

/** A connection's timeline (latest first). */
export async function connectionTimeline(connectionId: string, take = 50): Promise<AuditRow[]> {
  const rows = await getDb().auditEvent.findMany({
    where: { connectionId },
    select: SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({ ...r, metadata: parseMetadata(r.metadata) }));
}
