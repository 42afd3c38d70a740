import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { databaseKind } from "../db/urls";
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
    ...(filter.externalIdPrefix ? { AND: [externalIdStartsWith(filter.externalIdPrefix)] } : {}),
  };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.connection.findMany({ where, select: connectionViewSelect, orderBy: [{ connectedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.connection.count({ where }),
  ]);
  return { items: items as ConnectionView[], total };
}

/** The next string after every string that starts with `p`, in code-point order (null: there is none). */
function afterPrefix(p: string): string | null {
  const points = Array.from(p);
  while (points.length) {
    let next = points.pop()!.codePointAt(0)! + 1;
    if (next > 0x10ffff) continue;
    if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // surrogates are not characters
    return points.join("") + String.fromCodePoint(next);
  }
  return null;
}

/**
 * `externalId` starts with `prefix`, exactly: same case, and `_` or `%` in it are plain characters.
 * Prisma's startsWith is a LIKE that escapes neither, and SQLite's LIKE ignores ASCII case. On SQLite
 * a range does it (text compares byte by byte, BINARY, i.e. in code-point order, and uses the index);
 * on PostgreSQL, whose text order follows the locale, an escaped LIKE (case-sensitive there).
 */
function externalIdStartsWith(prefix: string): Prisma.ConnectionWhereInput {
  if (databaseKind(getEnv().DATABASE_URL) === "postgresql") return { externalId: { startsWith: prefix.replace(/[\\%_]/g, (c) => `\\${c}`) } };
  const upper = afterPrefix(prefix);
  return { externalId: { gte: prefix, ...(upper === null ? {} : { lt: upper }) } };
}

export async function findConnection(id: string): Promise<ConnectionView | null> {
  return (await getDb().connection.findUnique({ where: { id, environment: getEnv().REMOTE_ENVIRONMENT }, select: connectionViewSelect })) as ConnectionView | null;
}
