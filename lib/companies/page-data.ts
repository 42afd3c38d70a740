import "server-only";
import { currentStaff } from "../auth/guards";
import { roleAllows } from "../auth/roles";
import { resolveConnectLink } from "../connect-links/service";
import { getEnv } from "../env";
import { logger } from "../logger";
import { getCountries, type Country } from "./catalog";
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
    };

/** Everything the Create-company page needs, without a single secret. */
export async function loadCreateCompanyPage(linkParam: string | undefined): Promise<CreateCompanyPageData> {
  const link = linkParam ?? null;
  if (link) {
    const resolved = await resolveConnectLink(link);
    if (!resolved.ok) return { kind: "link_invalid", reason: resolved.reason };
  }
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
    token: issueFormToken(link),
    link,
    staff,
    passwordEmail: getEnv().REMOTE_SEND_CREATE_PASSWORD_EMAIL,
  };
}
