import "server-only";
import { readSignedCookie, setSignedCookie } from "../crypto/signed-cookie";
import type { CreatedOutcome } from "./outcome";

// The result page reads what just happened from a short-lived, signed, HttpOnly cookie, so the
// URL stays clean (`/create-company/done`) and a refresh still shows it. Never holds a token.
const COOKIE = { name: "rc_company_result", purpose: "company-result", path: "/create-company", ttlMs: 15 * 60_000 };

export type CompanyResult = Pick<CreatedOutcome, "kind" | "companyName" | "remoteCompanyId" | "passwordEmailSent" | "connectPath" | "repeated">;

export async function setCompanyResult(o: CreatedOutcome): Promise<void> {
  const value: CompanyResult = {
    kind: o.kind,
    companyName: o.companyName,
    remoteCompanyId: o.remoteCompanyId,
    passwordEmailSent: o.passwordEmailSent,
    connectPath: o.connectPath,
    repeated: o.repeated,
  };
  await setSignedCookie(COOKIE, value);
}

export async function readCompanyResult(): Promise<CompanyResult | null> {
  const v = await readSignedCookie(COOKIE);
  if (!v) return null;
  const connectPath = typeof v.connectPath === "string" && v.connectPath.startsWith("/connect/") ? v.connectPath : null;
  return {
    kind: v.kind === "needs_consent" ? "needs_consent" : "connected",
    companyName: String(v.companyName),
    remoteCompanyId: String(v.remoteCompanyId),
    passwordEmailSent: !!v.passwordEmailSent,
    connectPath,
    repeated: !!v.repeated,
  };
}
