import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { unauthorized } from "../http/errors";
import type { Client } from "../types";

export const integrationOf = (client: Client) => ({
  contact_email: client.contactEmail,
  display_name: client.displayName,
  name: client.name,
});

export function identityRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/current", (c) => {
    const auth = c.get("auth");
    const client = deps.state.clients.get(auth.clientId);
    if (!client) return unauthorized(c);
    if (auth.kind === "partner") {
      return c.json({ data: { client_id: client.clientId, integration: integrationOf(client) } }, 200);
    }
    const company = deps.state.companies.get(auth.companyId!);
    const user = deps.state.users.get(auth.userId!);
    if (!company || !user) return unauthorized(c);
    return c.json({
      data: {
        client_id: client.clientId,
        company: { id: company.id, name: company.name },
        integration: integrationOf(client),
        user: { email: user.email, id: user.id, name: user.name, status: user.status },
      },
    }, 200);
  });
  return r;
}
