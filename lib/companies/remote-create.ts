import "server-only";
import { withPartnerToken } from "../connections/with-token";
import { createCompany, type CompanyCreationReply, type CreateCompanyInput } from "../remote/api";
import { RemoteError } from "../remote/errors";

export const GET_TOKENS = "get_oauth_access_tokens";
export const SEND_PASSWORD_EMAIL = "send_create_password_email";

/**
 * The actions Remote refused as "not entitled": a 422 ActionError per action ("… is not allowed")
 * or a bare 400 `{"message":"invalid_params"}` that names none (then the token action is dropped
 * first, the email action next). Null when the error is about something else.
 */
export function refusedActions(e: unknown, actions: string[]): string[] | null {
  if (!(e instanceof RemoteError) || (e.kind !== "validation" && e.kind !== "bad_request") || actions.length === 0) return null;
  if (e.actionErrors?.length) {
    const named = e.actionErrors.map((a) => a.action).filter((a) => actions.includes(a));
    return named.length ? named : null;
  }
  if (e.remoteCode === "invalid_params" && !e.fieldErrors) return [actions.includes(GET_TOKENS) ? GET_TOKENS : actions[0]];
  return null;
}

export type CreateResult = { reply: CompanyCreationReply; actions: string[] };

/**
 * POST /v1/companies with the partner token. A refusal creates nothing at Remote, so retrying
 * without a refused action is safe; a 5xx or timeout may have created the company, so it is never
 * retried here.
 */
export async function createAtRemote(body: CreateCompanyInput, wanted: string[]): Promise<CreateResult> {
  let actions = [...wanted];
  for (let attempt = 0; attempt < wanted.length + 1; attempt++) {
    try {
      // A 401 (stale cached partner token) is renewed and retried inside withPartnerToken.
      return { reply: await withPartnerToken(({ accessToken }) => createCompany(accessToken, body, actions)), actions };
    } catch (e) {
      const refused = refusedActions(e, actions);
      if (!refused) throw e;
      actions = actions.filter((a) => !refused.includes(a));
    }
  }
  throw new RemoteError("bad_request", "Remote kept refusing the company creation actions");
}
