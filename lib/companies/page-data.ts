import "server-only";
import { currentStaff } from "../auth/guards";
import { roleAllows } from "../auth/roles";
import { resolveConnectLink } from "../connect-links/service";
import { getEnv } from "../env";
import { logger } from "../logger";
import { resolveCreateCompanyLink, type CreatePrefill } from "../create-company-links/service";
import { formLinkBinding } from "../public-entry/form-binding";
import { getCountries, type Country } from "./catalog";
import { COUNTRY_CURRENCY, type CompanyFormValues } from "./fields";
import { issueFormToken } from "./form-token";

export type CreateCompanyPageData =
  | { kind: "link_invalid"; reason: string }
  | { kind: "unavailable" }
  | {
      kind: "form";
      countries: Country[];
      /** Signed idempotency key for this rendering of the form. */
      token: string;
      link: string | null;
      staff: boolean;
      passwordEmail: boolean;
      createLink: { token: string; prefill: Partial<CompanyFormValues>; lockedEmail: boolean } | null;
    };

function prefillValues(p: CreatePrefill, countries: Country[]): Partial<CompanyFormValues> {
  const v: Partial<CompanyFormValues> = {};
  if (p.company_name) v.name = p.company_name;
  if (p.owner_name) v.company_owner_name = p.owner_name;
  if (p.owner_email) v.company_owner_email = p.owner_email;
  if (p.country_code && countries.some((c) => c.code === p.country_code)) {
    v.country_code = p.country_code;
    const currency = (COUNTRY_CURRENCY as Record<string, string | undefined>)[p.country_code];
    if (currency) v.desired_currency = currency;
  }
  return v;
}

/** Everything the Create-company page needs, without a single secret. */
export async function loadCreateCompanyPage(linkParam: string | undefined, createLinkToken?: string): Promise<CreateCompanyPageData> {
  const link = linkParam ?? null;
  if (link) {
    const resolved = await resolveConnectLink(link);
    if (!resolved.ok) return { kind: "link_invalid", reason: resolved.reason };
  }
  const createLink = createLinkToken ? await resolveCreateCompanyLink(createLinkToken) : null;
  if (createLink && !createLink.ok) return { kind: "link_invalid", reason: createLink.reason };
  let countries: Country[];
  try {
    countries = await getCountries();
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e) }, "countries unavailable for the create-company form");
    return { kind: "unavailable" };
  }
  let staff = false;
  try {
    const s = await currentStaff();
    staff = !!s && roleAllows(s.role, "admin");
  } catch {
    staff = false;
  }
  return {
    kind: "form",
    countries,
    token: issueFormToken(formLinkBinding(link, createLinkToken ?? null)),
    link,
    staff,
    passwordEmail: getEnv().REMOTE_SEND_CREATE_PASSWORD_EMAIL,
    createLink: createLink?.ok
      ? { token: createLinkToken!, prefill: prefillValues(createLink.prefill, countries), lockedEmail: createLink.lockOwnerEmail && !!createLink.prefill.owner_email }
      : null,
  };
}
