import { Hono, type Context } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, notFound } from "../http/errors";
import type { Employment } from "../types";

// The read endpoints remote-flows' onboarding flow calls besides GET /v1/employments/{id} and
// /v1/companies/{id}; all company data, so a company token of the employment's company only.

function ownEmployment(c: Context<AppEnv>, deps: Deps, id: string): Employment | Response {
  const auth = c.get("auth");
  if (auth.kind !== "company") return forbidden(c);
  const e = deps.state.employments.find((x) => x.id === id && x.company_id === auth.companyId);
  return e ?? notFound(c, "Employment not found");
}

const BENEFIT_GROUPS = [
  { slug: "health", name: "Health insurance", tiers: ["basic", "premium"] },
  { slug: "pension", name: "Pension", tiers: ["statutory", "plus"] },
];

const benefitsSchema = {
  type: "object",
  properties: Object.fromEntries(BENEFIT_GROUPS.map((g) => [g.slug, {
    title: g.name,
    type: "object",
    properties: { value: { type: "string", oneOf: g.tiers.map((t) => ({ const: t, title: t })) } },
    required: ["value"],
  }])),
  required: BENEFIT_GROUPS.map((g) => g.slug),
};

/** Mounted under /employments. */
export function employmentOnboardingRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/:id/benefit-offers", (c) => {
    const e = ownEmployment(c, deps, c.req.param("id"));
    if (e instanceof Response) return e;
    const data = BENEFIT_GROUPS.map((g) => ({
      benefit_group: { slug: g.slug, name: g.name },
      benefit_tier: e.status === "created" ? null : { slug: g.tiers[0], name: g.tiers[0] },
    }));
    return c.json({ data }, 200);
  });
  r.get("/:id/benefit-offers/schema", (c) => {
    const e = ownEmployment(c, deps, c.req.param("id"));
    if (e instanceof Response) return e;
    return c.json({ data: { schema: benefitsSchema } }, 200);
  });
  return r;
}

/** Mounted under /onboarding: GET employments/{id}/pre-onboarding-requirements. */
export function preOnboardingRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/employments/:id/pre-onboarding-requirements", (c) => {
    const e = ownEmployment(c, deps, c.req.param("id"));
    if (e instanceof Response) return e;
    const done = !["created", "invited", "pre_hire"].includes(e.status);
    return c.json({ data: { requirements: [{ slug: "employment_agreement", status: done ? "completed" : "pending" }] } }, 200);
  });
  return r;
}

/** Mounted under /companies: GET {company_id}/employments/{id}/onboarding-reserves-status. */
export function reservesStatusRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/:companyId/employments/:id/onboarding-reserves-status", (c) => {
    if (c.get("auth").companyId !== c.req.param("companyId")) return notFound(c, "Company not found");
    const e = ownEmployment(c, deps, c.req.param("id"));
    if (e instanceof Response) return e;
    return c.json({ data: { status: "no_reserves_required" } }, 200);
  });
  return r;
}
