import "server-only";
import type { ApiScope } from "./scopes";
import type { ApiKeyPrincipal } from "./service";

/**
 * Runs before every partner API handler (withApiKey): the key's scope, its per-minute request budget
 * and, for routes about one connection, its connection external-id prefix.
 * Returns headers for the answer (RateLimit-*); throws ApiProblem (insufficient_scope, too_many_requests,
 * not_found for a connection outside the key's prefix).
 * STUB: filled in by the scoped-keys work.
 */
export async function enforceKeyPolicy(
  key: ApiKeyPrincipal,
  rule: { scope: ApiScope; connectionId?: string },
): Promise<Record<string, string>> {
  void key;
  void rule;
  return {};
}

/**
 * For routes that create something bound to an external id (connect links, create-company links, imports):
 * a key limited to a prefix must name an external id that starts with it. Throws ApiProblem otherwise.
 * STUB: filled in by the scoped-keys work.
 */
export function requireExternalIdInKeyScope(key: ApiKeyPrincipal, externalId: string | null | undefined): void {
  void key;
  void externalId;
}
