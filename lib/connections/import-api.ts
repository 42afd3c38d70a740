import "server-only";
import type { Actor } from "../audit/events";
import { requireExternalIdInKeyScope } from "../api-keys/policy";
import type { ApiKeyPrincipal } from "../api-keys/service";
import { ApiProblem } from "../partner-api/problem";
import type { ImportRequestBody, ImportResponseBody, ImportResultItem } from "../partner-api/contract/import";
import { importTokens, totalsOf, type ImportOutcome } from "./import";

/**
 * An API request waits this long at most for the rate budget (background priority): past it, the
 * remaining tokens fail with "no room in time" and are retried by sending them again. Keeps the
 * request under the usual 60 s proxy timeouts.
 */
export const IMPORT_API_DEADLINE_MS = 45_000;

/** POST /api/v1/connections/import for one API key: every external id checked first, then the batch. */
export async function importForApiKey(body: ImportRequestBody, key: ApiKeyPrincipal, actor: Actor): Promise<ImportResponseBody> {
  body.tokens.forEach((t, index) => {
    try {
      requireExternalIdInKeyScope(key, t.external_id);
    } catch (e) {
      // Nothing is imported when one item is outside the key's scope: the answer names the item.
      if (e instanceof ApiProblem) throw new ApiProblem(e.code, `tokens[${index}]: ${e.message}`, e.retryAfterMs, e.headers);
      throw e;
    }
  });
  const outcomes = await importTokens(body.tokens, { actor, deadline: Date.now() + IMPORT_API_DEADLINE_MS });
  return { results: outcomes.map((o, index) => resultJson(index, o, key.connectionExternalIdPrefix)), totals: totalsOf(outcomes) };
}

function resultJson(index: number, o: ImportOutcome, prefix: string | null): ImportResultItem {
  // A company already connected under an external id outside this key's prefix: the key learns
  // that much, not the connection's ids (it could not read that connection anyway).
  const outside = !!prefix && o.connectionId !== undefined && !(o.connectionExternalId ?? "").startsWith(prefix);
  if (outside) return { index, status: o.status, reason: "The company already has a connection outside this API key's external-id prefix; it was left as it is." };
  return {
    index,
    status: o.status,
    ...(o.connectionId ? { connection_id: o.connectionId } : {}),
    ...(o.remoteCompanyId ? { remote_company_id: o.remoteCompanyId } : {}),
    ...(o.reason ? { reason: o.reason } : {}),
  };
}
