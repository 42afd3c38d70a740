import { Hono, type Context } from "hono";
import { validateCompanyParams, type CompanyParams } from "../company-params";
import { readBody } from "../http/body";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, validationFailed } from "../http/errors";
import { opaqueToken, uuid } from "../ids";
import { NOT_ELIGIBLE_RESOURCE_ID, NOT_ELIGIBLE_TAX_NUMBER } from "../seed/companies";
import { ACTIONS, type Action, type Client, type Company } from "../types";

/** Remote honours both `action` (docs) and `actions` (its own demo apps), comma-separated. */
function requestedActions(c: Context): string[] {
  const raw = [...(c.req.queries("action") ?? []), ...(c.req.queries("actions") ?? [])];
  return [...new Set(raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
}

const normalizeNumber = (n: string) => n.replace(/[^a-z0-9]/gi, "").toUpperCase();

function conflict(c: Context, code: string, message: string, resourceId: string) {
  return c.json({ message: { code, message, resource_id: resourceId, resource_type: "company_creation" } }, 409);
}

function notEntitled(c: Context, deps: Deps, denied: Action[]) {
  if (deps.state.config.not_entitled_shape === "invalid_params") return c.json({ message: "invalid_params" }, 400);
  return c.json({ message: denied.map((action) => ({ action, code: "not_allowed", message: `${action} is not allowed` })) }, 422);
}

function existingByNumber(deps: Deps, p: CompanyParams): Company | undefined {
  const wanted = p.tax_number ?? p.registration_number;
  if (!wanted) return undefined;
  const n = normalizeNumber(wanted);
  return [...deps.state.companies.values()].find((co) =>
    [co.tax_number, co.registration_number].some((x) => x !== null && normalizeNumber(x) === n));
}

export function companiesCreateRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.post("/", async (c) => {
    const auth = c.get("auth");
    if (auth.kind !== "partner") return forbidden(c);
    const client = deps.state.clients.get(auth.clientId)!;
    const shape = deps.state.config.validation_error_shape;

    const body = await readBody(c);
    if (!body.ok) return c.json({ message: body.reason }, 400);
    c.get("log").body = body.data;

    const actions = requestedActions(c);
    const unknown = actions.filter((a) => !(ACTIONS as readonly string[]).includes(a));
    if (unknown.length) return validationFailed(c, { action: [`is invalid: ${unknown.join(", ")}`] }, shape);
    const denied = (actions as Action[]).filter((a) => !client.entitlements[a]);
    if (denied.length) return notEntitled(c, deps, denied);

    const checked = validateCompanyParams(body.data, deps.clock.now(), deps.state.countries);
    if (!checked.ok) return validationFailed(c, checked.errors, shape);
    const p = checked.params;

    if (deps.state.findUserByEmail(p.company_owner_email)) {
      return validationFailed(c, { company_owner_email: ["has already been taken"] }, shape);
    }
    const number = normalizeNumber(p.tax_number ?? p.registration_number ?? "");
    if (number && number === normalizeNumber(NOT_ELIGIBLE_TAX_NUMBER)) {
      return conflict(c, "resource_not_eligible", "The company already have employees in integration supported countries.",
        NOT_ELIGIBLE_RESOURCE_ID);
    }
    const duplicate = existingByNumber(deps, p);
    if (duplicate) {
      return conflict(c, "resource_already_exists", "The company with the provided EIN is already registered.", duplicate.id);
    }

    const company = createCompany(deps, p);
    const data: Record<string, unknown> = { company };
    if (actions.includes("get_oauth_access_tokens")) data.tokens = await issueCreationTokens(deps, client, company);
    if (actions.includes("send_create_password_email")) recordPasswordEmail(deps, company);
    return c.json({ data }, 201);
  });
  return r;
}

function createCompany(deps: Deps, p: CompanyParams): Company {
  const now = deps.clock.iso();
  // With address_details Remote activates company and owner in one go; without, both wait for onboarding.
  const active = p.address_details !== undefined;
  const company: Company = {
    id: uuid(),
    name: p.name,
    address_details: p.address_details ?? {},
    bank_account_details: p.bank_account_details ?? null,
    company_owner_email: p.company_owner_email.toLowerCase(),
    company_owner_name: p.company_owner_name,
    company_owner_user_id: uuid(),
    country_code: p.country_code,
    created_at: now,
    updated_at: now,
    default_legal_entity_credit_risk_status: "not_started",
    desired_currency: p.desired_currency,
    external_id: p.external_id ?? null,
    phone_number: p.phone_number ?? null,
    registration_number: p.registration_number ?? null,
    status: active ? "active" : "pending",
    tax_number: p.tax_number ?? null,
    terms_of_service_accepted_at: p.terms_of_service_accepted_at,
  };
  deps.state.companies.set(company.id, company);
  if (p.email_domain) deps.state.companyEmailDomains.set(company.id, p.email_domain);
  deps.state.users.set(company.company_owner_user_id, {
    id: company.company_owner_user_id, companyId: company.id, name: company.company_owner_name,
    email: company.company_owner_email, status: active ? "active" : "initiated", role: "owner",
  });
  return company;
}

async function issueCreationTokens(deps: Deps, client: Client, company: Company) {
  const grant = deps.tokens.createGrant({
    clientId: client.clientId, companyId: company.id, userId: company.company_owner_user_id, origin: "company_creation",
  });
  const t = await deps.tokens.issueForGrant(grant, "company_creation");
  return {
    access_token: t.access_token, company_id: company.id, expires_in: t.expires_in,
    refresh_token: t.refresh_token, token_type: t.token_type, user_id: company.company_owner_user_id,
  };
}

function recordPasswordEmail(deps: Deps, company: Company): void {
  deps.state.emails.push({
    id: uuid(),
    template: "create_password",
    to: company.company_owner_email,
    company_id: company.id,
    user_id: company.company_owner_user_id,
    link: `${deps.publicUrl()}/create-password/${opaqueToken(16)}`,
    sent_at: deps.clock.iso(),
  });
}
