import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, notFound, validationFailed, type FieldErrors } from "../http/errors";

const STATUSES = new Set(["active", "created", "pre_hire", "created_awaiting_reserve", "created_reserve_paid", "initiated",
  "invited", "pending", "review", "job_title_review", "pending_post_self_enrollment_actions", "offboarding", "archived", "deleted"]);
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

function positiveInt(raw: string | undefined, fallback: number): number | null {
  if (raw === undefined || raw === "") return fallback;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

export function employmentsRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/", (c) => {
    const auth = c.get("auth");
    // Employments are company data: Remote requires a company-scoped token.
    if (auth.kind !== "company") return forbidden(c);
    const q = c.req.query();
    const errors: FieldErrors = {};
    const page = positiveInt(q.page, 1);
    const pageSize = positiveInt(q.page_size, DEFAULT_PAGE_SIZE);
    if (page === null) errors.page = ["must be an integer greater than or equal to 1"];
    if (pageSize === null || pageSize > MAX_PAGE_SIZE) errors.page_size = [`must be an integer between 1 and ${MAX_PAGE_SIZE}`];
    if (q.status !== undefined && !STATUSES.has(q.status)) errors.status = ["is invalid"];
    if (Object.keys(errors).length) return validationFailed(c, errors, deps.state.config.validation_error_shape);
    if (q.company_id !== undefined && q.company_id !== auth.companyId) return notFound(c, "Company not found");

    const all = deps.state.employments.filter((e) => e.company_id === auth.companyId &&
      (q.status === undefined || e.status === q.status) &&
      (q.email === undefined || e.login_email === q.email.toLowerCase() || e.personal_email === q.email.toLowerCase()) &&
      (q.employment_type === undefined || e.type === q.employment_type) &&
      (q.employment_model === undefined || e.employment_model === q.employment_model) &&
      (q.short_id === undefined || e.short_id === q.short_id));
    const size = pageSize!;
    const start = (page! - 1) * size;
    const employments = all.slice(start, start + size).map(({ company_id: _omit, ...minimal }) => minimal);
    return c.json({
      data: { employments, current_page: page!, total_count: all.length, total_pages: Math.ceil(all.length / size) },
    }, 200);
  });
  return r;
}
