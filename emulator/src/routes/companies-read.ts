import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, notFound } from "../http/errors";

export function companiesReadRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();

  // "All companies that authorized your integration": partner (client-credentials) tokens only.
  r.get("/", (c) => {
    const auth = c.get("auth");
    if (auth.kind !== "partner") return forbidden(c);
    const externalId = c.req.query("external_id");
    const companies = [...deps.state.companies.values()]
      .filter((co) => deps.state.hasAuthorized(auth.clientId, co.id))
      .filter((co) => externalId === undefined || co.external_id === externalId)
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.name.localeCompare(b.name));
    return c.json({ data: { companies, total_count: companies.length } }, 200);
  });

  r.get("/:id", (c) => {
    const auth = c.get("auth");
    const company = deps.state.companies.get(c.req.param("id"));
    // A company-scoped token sees only its own company; anything else looks like it does not exist.
    const visible = company && (auth.kind === "partner"
      ? deps.state.hasAuthorized(auth.clientId, company.id)
      : auth.companyId === company.id);
    if (!company || !visible) return notFound(c, "Company not found");
    return c.json({ data: { company } }, 200);
  });

  return r;
}
