import { Hono, type Context } from "hono";
import type { FaultTarget } from "../faults";
import type { AppEnv, Deps } from "../http/context";
import { notFound } from "../http/errors";
import { requireBearer } from "../middleware/bearer";
import { faultGate } from "../middleware/fault-gate";
import { companiesCreateRoutes } from "./companies-create";
import { companiesReadRoutes } from "./companies-read";
import { companySchemaRoutes, countriesRoutes } from "./countries";
import { countryFormRoutes } from "./country-forms";
import { employmentsRoutes } from "./employments";
import { identityRoutes } from "./identity";
import { webhookCallbackRoutes } from "./webhook-callbacks";
import { webhookEventRoutes } from "./webhook-events";
import { magicLinkRoutes } from "./magic-link";
import { employmentOnboardingRoutes, preOnboardingRoutes, reservesStatusRoutes } from "./onboarding-reads";

/** Docs, guides and remote-cli disagree on the prefix; the gateway answers on all three. */
export const API_PREFIXES = ["/v1", "/eor/v1", "/api/eor/v1"] as const;

function targetOf(c: Context): Exclude<FaultTarget, "*" | "token" | "authorize" | "webhook_delivery"> | null {
  const path = c.req.path.replace(/^(?:\/api\/eor|\/eor)?\/v1/, "");
  if (path.startsWith("/identity")) return "identity";
  if (path.startsWith("/companies/schema")) return "schema";
  if (path.startsWith("/companies")) return "companies";
  if (path.startsWith("/employments")) return "employments";
  if (path.startsWith("/countries")) return "countries";
  if (path.startsWith("/webhook-")) return "webhooks";
  return null;
}

function v1(deps: Deps) {
  const api = new Hono<AppEnv>();
  api.use("*", faultGate(deps, targetOf), requireBearer(deps));
  api.route("/identity", identityRoutes(deps));
  // Registered before /companies/:id so "schema" is not taken for a company id.
  api.route("/companies/schema", companySchemaRoutes(deps));
  api.route("/companies", companiesReadRoutes(deps));
  api.route("/companies", companiesCreateRoutes(deps));
  api.route("/companies", reservesStatusRoutes(deps));
  api.route("/employments", employmentsRoutes(deps));
  api.route("/employments", employmentOnboardingRoutes(deps));
  api.route("/onboarding", preOnboardingRoutes(deps));
  api.route("/countries", countriesRoutes(deps));
  api.route("/webhook-callbacks", webhookCallbackRoutes(deps));
  api.route("/webhook-events", webhookEventRoutes(deps));
  api.route("/countries", countryFormRoutes(deps));
  api.route("/magic-link", magicLinkRoutes(deps));
  api.all("*", (c) => notFound(c));
  return api;
}

export function mountApi(app: Hono<AppEnv>, deps: Deps): void {
  const api = v1(deps);
  for (const prefix of API_PREFIXES) app.route(prefix, api);
}
