import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";

const SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  connectionExternalIdPrefix: true,
  createdBy: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiKeySelect; // never keyHash

export type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof SELECT }>;

/** Active keys first, then revoked ones; a partner has a handful, so no pagination. */
export async function listApiKeys(): Promise<ApiKeyRow[]> {
  const rows = await getDb().apiKey.findMany({ select: SELECT, orderBy: [{ createdAt: "desc" }], take: 500 });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}
