import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { randomToken, sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { hotRead } from "../db/hot-read";
import { API_SCOPES, type ApiScope } from "./scopes";

const KEY_PREFIX = "rck_";
// Writing lastUsedAt on every request would turn each API call into a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export type CreatedApiKey = { id: string; name: string; prefix: string; key: string };

/** A new partner API key. The key is returned once; only its SHA-256 is stored. */
export async function createApiKey(input: { name: string; actor: Actor }): Promise<CreatedApiKey> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new Error("An API key needs a name of 1 to 100 characters.");
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const prefix = key.slice(0, KEY_PREFIX.length + 8);
  const row = await getDb().apiKey.create({ data: { name, prefix, keyHash: sha256(key), createdBy: input.actor.label ?? null }, select: { id: true } });
  await recordAudit({ type: "api_key.created", actor: input.actor, metadata: { api_key_id: row.id, name, prefix } });
  return { id: row.id, name, prefix, key };
}

export async function revokeApiKey(id: string, actor: Actor): Promise<boolean> {
  const r = await getDb().apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (r.count === 1) await recordAudit({ type: "api_key.revoked", actor, metadata: { api_key_id: id } });
  return r.count === 1;
}

export type ApiKeyPrincipal = { id: string; name: string; prefix: string; scopes: ApiScope[]; connectionExternalIdPrefix: string | null };

const parseScopes = (s: string): ApiScope[] => s.split(",").filter((x): x is ApiScope => (API_SCOPES as readonly string[]).includes(x));

/** Resolves `Authorization: Bearer rck_…` to an active key, or null. */
export async function authenticateApiKey(authorization: string | null): Promise<ApiKeyPrincipal | null> {
  const m = authorization?.match(/^Bearer\s+(rck_[A-Za-z0-9_-]{20,100})\s*$/);
  if (!m) return null;
  const db = getDb();
  // Every partner API call runs this: one indexed read outside the ORM (see lib/db/hot-read.ts).
  const [row] = await hotRead<{ id: string; name: string; prefix: string; scopes: string; connectionExternalIdPrefix: string | null; revokedAt: Date | null; lastUsedAt: Date | null }>(
    db,
    'SELECT "id", "name", "prefix", "scopes", "connectionExternalIdPrefix", "revokedAt", "lastUsedAt" FROM "ApiKey" WHERE "keyHash" = ?',
    [sha256(m[1])],
    { dates: ["revokedAt", "lastUsedAt"] },
  );
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: parseScopes(row.scopes), connectionExternalIdPrefix: row.connectionExternalIdPrefix };
}
