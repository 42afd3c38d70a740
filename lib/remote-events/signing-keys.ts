import "server-only";
import { decryptSecret } from "../crypto/vault";

// Decrypted signing keys, per process, for a short while: a burst of deliveries for one company
// opens its sealed key once. Keyed by the sealed value too, so a new key (a re-created callback, a
// key rotation) is never answered from the cache. Never logged.

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 5000;
const g = globalThis as unknown as { remoteSigningKeys?: Map<string, { sealed: string; key: string; until: number }> };
const cache = (g.remoteSigningKeys ??= new Map());

export function signingKeyFor(subscriptionId: string, sealed: string, now = Date.now()): string {
  const hit = cache.get(subscriptionId);
  if (hit && hit.sealed === sealed && hit.until > now) return hit.key;
  const key = decryptSecret({ table: "RemoteSubscription", id: subscriptionId, field: "signingKey" }, sealed);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(subscriptionId, { sealed, key, until: now + TTL_MS });
  return key;
}

export function forgetSigningKey(subscriptionId: string): void {
  cache.delete(subscriptionId);
}
