import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, notFound, validationFailed, type FieldErrors } from "../http/errors";
import type { Employment } from "../types";

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

  // GET /v1/employments/{id}: the full record remote-flows' onboarding reads; only the token's company.
  r.get("/:id", (c) => {
    const auth = c.get("auth");
    if (auth.kind !== "company") return forbidden(c);
    const e = deps.state.employments.find((x) => x.id === c.req.param("id") && x.company_id === auth.companyId);
    if (!e) return notFound(c, "Employment not found");
    return c.json({ data: { employment: fullEmployment(e) } }, 200);
  });
  return r;
}

/** Remote's `Employment` adds the onboarding forms' answers to the minimal fields. */
function fullEmployment(e: Employment) {
  return {
    ...e,
    country_code: e.country.code,
    basic_information: { name: e.full_name, email: e.personal_email, job_title: e.job_title, provisional_start_date: "2026-01-05" },
    contract_details: { contract_duration_type: "indefinite", annual_gross_salary: 6_000_000, work_hours_per_week: 40 },
    personal_details: null,
    address_details: e.work_address_details,
    emergency_contact_details: null,
    bank_account_details: [],
    provisional_start_date: "2026-01-05",
  };
}
