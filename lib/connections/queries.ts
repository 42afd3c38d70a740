import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import type { ConnectionStatus } from "./statuses";
import { connectionViewSelect, type ConnectionView } from "./view";

export type ConnectionFilter = { status?: ConnectionStatus; externalId?: string; remoteCompanyId?: string; externalIdPrefix?: string | null };

/** Connections of the configured Remote environment, newest first. */
export async function listApiConnections(filter: ConnectionFilter, page: number, pageSize: number): Promise<{ items: ConnectionView[]; total: number }> {
  const where: Prisma.ConnectionWhereInput = {
    environment: getEnv().REMOTE_ENVIRONMENT,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.externalId ? { externalId: filter.externalId } : {}),
    ...(filter.remoteCompanyId ? { remoteCompanyId: filter.remoteCompanyId } : {}),
    // An API key limited to a prefix lists only its own connections (AND-ed with an exact externalId).
    ...(filter.externalIdPrefix ? { AND: [{ externalId: { startsWith: filter.externalIdPrefix } }] } : {}),
  };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.connection.findMany({ where, select: connectionViewSelect, orderBy: [{ connectedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.connection.count({ where }),
  ]);
  return { items: items as ConnectionView[], total };
}

export async function findConnection(id: string): Promise<ConnectionView | null> {
  return (await getDb().connection.findUnique({ where: { id, environment: getEnv().REMOTE_ENVIRONMENT }, select: connectionViewSelect })) as ConnectionView | null;
}
