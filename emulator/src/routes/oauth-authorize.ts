import { Hono, type Context } from "hono";
import { decide, resolveAccount, startAuthorization, takePending, type AuthorizeParams } from "../authorize-flow";
import { readBody, str } from "../http/body";
import type { AppEnv, Deps } from "../http/context";
import { PAGE_HEADERS } from "../http/html";
import { faultGate } from "../middleware/fault-gate";
import { renderConsentPage } from "./consent-page";
import { errorPage } from "./page-layout";

function htmlPage(c: Context<AppEnv>, body: string, status: 200 | 400 | 422) {
  for (const [k, v] of Object.entries(PAGE_HEADERS)) c.header(k, v);
  return c.html(body, status);
}

export function authorizeRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.use("*", faultGate(deps, () => "authorize"));

  r.get("/", (c) => {
    const q = c.req.query();
    const params: AuthorizeParams = {
      client_id: q.client_id, redirect_uri: q.redirect_uri, response_type: q.response_type, state: q.state,
      scope: q.scope, code_challenge: q.code_challenge, code_challenge_method: q.code_challenge_method,
    };
    if (params.client_id) c.get("log").client_id = params.client_id;
    const outcome = startAuthorization(deps, params);
    if (outcome.kind === "fatal") {
      return htmlPage(c, errorPage("We couldn't connect this application", outcome.message, outcome.error), 400);
    }
    if (outcome.kind === "redirect") return c.redirect(outcome.to, 302);
    return htmlPage(c, renderConsentPage({ client: outcome.client, pending: outcome.pending, accounts: deps.state.signInAccounts() }), 200);
  });

  r.post("/decision", async (c) => {
    const body = await readBody(c);
    const form = body.ok ? body.data : {};
    const pending = takePending(deps, str(form.request_id));
    if (!pending) {
      return htmlPage(c, errorPage("This sign-in link has expired",
        "Go back to the application and start connecting your Remote account again.", "invalid_request"), 400);
    }
    c.get("log").client_id = pending.clientId;
    if (str(form.decision) !== "allow") return c.redirect(decide(deps, pending, { allow: false }), 303);

    const [companyId, userId] = (str(form.account) ?? "").split(":");
    const account = companyId && userId ? resolveAccount(deps, companyId, userId) : null;
    if (!account) {
      // Put the request back so the person can pick an account and submit again.
      deps.state.pendingAuthorizations.set(pending.id, pending);
      const client = deps.state.clients.get(pending.clientId)!;
      return htmlPage(c, renderConsentPage({
        client, pending, accounts: deps.state.signInAccounts(), error: "Choose the account you want to sign in with.",
      }), 422);
    }
    return c.redirect(decide(deps, pending, { allow: true, ...account }), 303);
  });

  return r;
}
