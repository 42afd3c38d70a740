import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { readBody, str } from "../http/body";
import { forbidden, notFound, validationFailed, type FieldErrors } from "../http/errors";
import { opaqueToken } from "../ids";

// Remote's MagicLinkParams (remote-api.md §9): `path` defaults to /dashboard, starts with "/", has at
// least one segment of [A-Za-z0-9_-], no trailing "/", an optional "?k=v&…" query, ≤ 2000 characters.
const PATH = /^(?:\/[A-Za-z0-9_-]+)+(?:\?[A-Za-z0-9_.~%+\-[\]]+=[A-Za-z0-9_.~%+\-,:]*(?:&[A-Za-z0-9_.~%+\-[\]]+=[A-Za-z0-9_.~%+\-,:]*)*)?$/;
const PATH_MAX = 2000;
/** How long an emulated link is said to be good for; Remote does not document a lifetime. */
const LINK_TTL_MS = 5 * 60_000;

/** POST /v1/magic-link: a sign-in link for a company admin (user_id) or an employee (employment_id). */
export function magicLinkRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.post("/", async (c) => {
    const auth = c.get("auth");
    // Only a company token (authorization code or refresh grant) may sign someone in to that company.
    if (auth.kind !== "company" || !auth.companyId) return forbidden(c);
    if (!deps.state.config.magic_links_entitled) {
      return c.json({ message: { code: "magic_link_not_enabled", message: "Magic links are not enabled for this integration" } }, 422);
    }
    const body = await readBody(c);
    if (!body.ok) return c.json({ message: body.reason }, 400);
    const userId = str(body.data.user_id);
    const employmentId = str(body.data.employment_id);
    const path = body.data.path === undefined ? "/dashboard" : body.data.path;
    const errors: FieldErrors = {};
    if (!userId && !employmentId) errors.user_id = ["either user_id or employment_id is required"];
    if (userId && employmentId) errors.employment_id = ["cannot be given together with user_id"];
    if (typeof path !== "string" || path.length > PATH_MAX || !PATH.test(path)) errors.path = ["is invalid"];
    if (Object.keys(errors).length) return validationFailed(c, errors, deps.state.config.validation_error_shape);
    c.get("log").body = { user_id: userId, employment_id: employmentId, path };

    if (userId) {
      const user = deps.state.users.get(userId);
      if (!user || user.companyId !== auth.companyId) return notFound(c, "User not found");
    } else {
      const e = deps.state.employments.find((x) => x.id === employmentId && x.company_id === auth.companyId);
      if (!e) return notFound(c, "Employment not found");
    }
    const url = new URL(`${deps.publicUrl()}/magic-link/${opaqueToken(24)}`);
    url.searchParams.set("redirect_to", path as string);
    url.searchParams.set("expires", String(Math.floor((deps.clock.now() + LINK_TTL_MS) / 1000)));
    return c.json({ data: { url: url.toString() } }, 200);
  });
  return r;
}
