import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { pageOf, type Page } from "./params";
import { CONNECTION_STATUSES, isConnectionStatus, type ConnectionStatus } from "./statuses";

/** Columns the table may sort by (each backed by an index or cheap at 10,000 rows). */
const CONNECTION_SORTS = ["connectedAt", "companyName", "status", "lastRefreshAt", "environment"] as const;
export type ConnectionSort = (typeof CONNECTION_SORTS)[number];

export type ConnectionQuery = { q?: string; status?: string; sort?: string; dir?: string; page?: number; pageSize?: number };

// Explicit, non-secret columns only: never refreshTokenEnc / accessTokenEnc / lease fields.
const LIST_SELECT = {
  id: true,
  companyName: true,
  remoteCompanyId: true,
  externalId: true,
  environment: true,
  status: true,
  connectedBy: true,
  connectedAt: true,
  lastRefreshAt: true,
  lastErrorCode: true,
  lastErrorMessage: true,
  lastErrorAt: true,
} satisfies Prisma.ConnectionSelect;

export type ConnectionRow = Prisma.ConnectionGetPayload<{ select: typeof LIST_SELECT }>;

function normalizeConnectionQuery(q: ConnectionQuery) {
  const sort: ConnectionSort = (CONNECTION_SORTS as readonly string[]).includes(q.sort ?? "") ? (q.sort as ConnectionSort) : "connectedAt";
  const dir: "asc" | "desc" = q.dir === "asc" || q.dir === "desc" ? q.dir : sort === "companyName" ? "asc" : "desc";
  const status = isConnectionStatus(q.status) ? q.status : undefined;
  const search = q.q?.trim().slice(0, 100) || undefined;
  return { sort, dir, status, search, page: q.page ?? 1, pageSize: Math.min(Math.max(q.pageSize ?? 25, 5), 100) };
}

function insensitive(): { mode?: "insensitive" } {
  // SQLite's LIKE is already case-insensitive for ASCII; PostgreSQL needs ILIKE.
  return databaseKind(getEnv().DATABASE_URL) === "postgresql" ? { mode: "insensitive" } : {};
}

/** One page of the connections table: server-side search, status filter, sort and pagination. */
export async function listConsoleConnections(query: ConnectionQuery): Promise<Page<ConnectionRow> & ReturnType<typeof normalizeConnectionQuery>> {
  const n = normalizeConnectionQuery(query);
  const where: Prisma.ConnectionWhereInput = {};
  if (n.status) where.status = n.status;
  if (n.search) {
    const mode = insensitive();
    where.OR = [
      { companyName: { contains: n.search, ...mode } as Prisma.StringFilter },
      { remoteCompanyId: { contains: n.search, ...mode } as Prisma.StringFilter },
      { externalId: { contains: n.search, ...mode } as Prisma.StringNullableFilter },
      { id: n.search },
    ];
  }
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.connection.count({ where }),
    db.connection.findMany({
      where,
      select: LIST_SELECT,
      orderBy: [{ [n.sort]: n.dir }, { id: n.dir }],
      skip: (n.page - 1) * n.pageSize,
      take: n.pageSize,
    }),
  ]);
  return { ...n, ...pageOf(rows, total, n.page, n.pageSize) };
}

export type StatusCounts = Record<ConnectionStatus, number> & { total: number };

export async function connectionStatusCounts(): Promise<StatusCounts> {
  const groups = await getDb().connection.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(CONNECTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  counts.total = 0;
  for (const g of groups) {
    if (isConnectionStatus(g.status)) counts[g.status] = g._count._all;
    counts.total += g._count._all;
  }
  return counts;
}

const DETAIL_SELECT = {
  ...LIST_SELECT,
  remoteUserId: true,
  statusReason: true,
  source: true,
  scope: true,
  accessTokenExpiresAt: true,
  consecutiveFailures: true,
  disconnectedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ConnectionSelect;

export type ConnectionDetail = Prisma.ConnectionGetPayload<{ select: typeof DETAIL_SELECT }> & { hasRefreshToken: boolean };

/** A connection's facts; `hasRefreshToken` says whether tokens are stored, without reading them. */
export async function getConnectionDetail(id: string): Promise<ConnectionDetail | null> {
  const db = getDb();
  const [row, withToken] = await Promise.all([
    db.connection.findUnique({ where: { id }, select: DETAIL_SELECT }),
    db.connection.count({ where: { id, refreshTokenEnc: { not: null } } }),
  ]);
  return row ? { ...row, hasRefreshToken: withToken > 0 } : null;
}
