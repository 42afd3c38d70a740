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
// When this process last wrote a key's lastUsedAt (per process; other processes write at most once a minute too).
const lastUsedWrites = new Map<string, number>();

export type CreatedApiKey = { id: string; name: string; prefix: string; key: string; scopes: ApiScope[]; connectionExternalIdPrefix: string | null };

/** A user's mistake in what a new key should be; the message is meant for them. */
export class ApiKeyInputError extends Error {
  readonly name = "ApiKeyInputError";
}

const PREFIX_MAX = 200; // an external id has at most 200 characters

/** The scopes a new key gets, checked: known ones only, at least one, in the catalogue's order. */
export function checkScopes(scopes: readonly string[]): ApiScope[] {
  const unknown = scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw new ApiKeyInputError(`Unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}; the scopes are ${API_SCOPES.join(", ")}.`);
  const chosen = API_SCOPES.filter((s) => scopes.includes(s));
  if (!chosen.length) throw new ApiKeyInputError(`An API key needs at least one scope: ${API_SCOPES.join(", ")}.`);
  return chosen;
}

/** A new partner API key. The key is returned once; only its SHA-256 is stored. */
export async function createApiKey(input: { name: string; actor: Actor; scopes?: readonly string[]; connectionExternalIdPrefix?: string | null }): Promise<CreatedApiKey> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new ApiKeyInputError("An API key needs a name of 1 to 100 characters.");
  const scopes = checkScopes(input.scopes ?? API_SCOPES);
  // Kept as typed (no trim, exact case): it is compared byte for byte with external ids.
  const connectionExternalIdPrefix = input.connectionExternalIdPrefix || null;
  if (connectionExternalIdPrefix !== null) {
    if (connectionExternalIdPrefix.length > PREFIX_MAX || connectionExternalIdPrefix.trim() !== connectionExternalIdPrefix) {
      throw new ApiKeyInputError(`The external-id prefix must have 1 to ${PREFIX_MAX} characters, without leading or trailing spaces.`);
    }
    // Webhook endpoints receive every connection's events: a key limited to some connections cannot manage them.
    if (scopes.includes("webhooks:manage")) {
      throw new ApiKeyInputError("A key limited to an external-id prefix cannot have the webhooks:manage scope: webhook endpoints receive events of every connection. Create a separate key without a prefix for them.");
    }
  }
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const prefix = key.slice(0, KEY_PREFIX.length + 8);
  const row = await getDb().apiKey.create({
    data: { name, prefix, keyHash: sha256(key), scopes: scopes.join(","), connectionExternalIdPrefix, createdBy: input.actor.label ?? null },
    select: { id: true },
  });
  await recordAudit({ type: "api_key.created", actor: input.actor, metadata: { api_key_id: row.id, name, prefix, scopes: scopes.join(","), connection_external_id_prefix: connectionExternalIdPrefix } });
  return { id: row.id, name, prefix, key, scopes, connectionExternalIdPrefix };
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
  // A burst on a fresh key would otherwise have every request of the burst see the old value and write.
  const lastWrite = lastUsedWrites.get(row.id) ?? 0;
  if ((!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) && now - lastWrite > LAST_USED_RESOLUTION_MS) {
    lastUsedWrites.set(row.id, now);
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: parseScopes(row.scopes), connectionExternalIdPrefix: row.connectionExternalIdPrefix };
}
