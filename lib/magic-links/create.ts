import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { withCompanyToken } from "../connections/with-token";
import { ApiProblem } from "../partner-api/respond";
import { RateBudgetExhausted } from "../remote/budget";
import { RemoteError } from "../remote/errors";
import { createRemoteMagicLink, type MagicLinkTarget } from "../remote/magic-link";
import { magicLinkPathProblem } from "./path";

export type MagicLinkInput = { user_id?: string; employment_id?: string; path?: string };

const NOT_ENABLED =
  "Remote has not enabled magic links for this integration (they are off by default). Ask your Remote partner contact to enable magic links (scope magic_link:write) for your client id.";

/** Remote's refusal as the partner API says it; anything unexpected is rethrown (a bug → 500, logged). */
function mapRemoteFailure(e: unknown): never {
  if (e instanceof RateBudgetExhausted) throw new ApiProblem("rate_limited", e.message, e.retryAfterMs);
  if (!(e instanceof RemoteError)) throw e;
  switch (e.kind) {
    case "validation":
      // Our own checks ran first, so a 422 that names no field is Remote's "not enabled for this partner".
      if (!e.fieldErrors) throw new ApiProblem("magic_links_not_enabled", NOT_ENABLED);
      throw new ApiProblem("invalid_request", `Remote refused the magic link: ${Object.entries(e.fieldErrors).map(([f, m]) => `${f} ${m.join(", ")}`).join("; ")}`);
    case "forbidden":
      throw new ApiProblem("magic_links_not_enabled", NOT_ENABLED);
    case "not_found":
      throw new ApiProblem("not_found", `Remote has no such user or employment in this company (${e.message}).`);
    case "bad_request":
      throw new ApiProblem("invalid_request", `Remote refused the magic link: ${e.message}`);
    case "rate_limited":
      throw new ApiProblem("rate_limited", "Remote is rate-limiting requests; retry after the Retry-After delay.", e.retryAfterMs ?? 1000);
    default:
      throw new ApiProblem("temporarily_unavailable", `Remote could not create the magic link: ${e.message}`, 1000);
  }
}

/**
 * A Remote magic link for a company admin (user_id) or employee (employment_id) of this connection.
 * Audited with who asked and for whom; the URL itself is a sign-in credential and is only returned.
 */
export async function createMagicLink(connectionId: string, input: MagicLinkInput, actor: Actor): Promise<{ url: string }> {
  if (!input.user_id === !input.employment_id) throw new ApiProblem("invalid_request", "Send exactly one of user_id or employment_id.");
  const problem = input.path === undefined ? null : magicLinkPathProblem(input.path);
  if (problem) throw new ApiProblem("invalid_request", problem);
  const target: MagicLinkTarget = input.user_id ? { user_id: input.user_id } : { employment_id: input.employment_id! };

  let link: { url: string };
  try {
    link = await withCompanyToken(connectionId, ({ accessToken }) => createRemoteMagicLink(accessToken, target, input.path), { actor });
  } catch (e) {
    if (e instanceof RemoteError || e instanceof RateBudgetExhausted) mapRemoteFailure(e);
    throw e;
  }
  await recordAudit({
    type: "magic_link.created",
    actor,
    connectionId,
    metadata: { user_id: input.user_id ?? null, employment_id: input.employment_id ?? null, path: input.path ?? null },
  });
  return link;
}
