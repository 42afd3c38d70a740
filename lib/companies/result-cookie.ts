import "server-only";
import { cookies } from "next/headers";
import { hmac, safeEqual } from "../crypto/hash";
import { getEnv } from "../env";
import type { CreatedOutcome } from "./outcome";

// The result page reads what just happened from a short-lived, signed, HttpOnly cookie, so the
// URL stays clean (`/create-company/done`) and a refresh still shows it. Never holds a token.
const NAME = "rc_company_result";
const TTL_MS = 15 * 60_000;

export type CompanyResult = Pick<CreatedOutcome, "kind" | "companyName" | "remoteCompanyId" | "passwordEmailSent" | "connectPath" | "repeated">;

const sign = (payload: string) => hmac(getEnv().AUTH_SECRET, `company-result|${payload}`);

export async function setCompanyResult(o: CreatedOutcome): Promise<void> {
  const value: CompanyResult & { exp: number } = {
    kind: o.kind,
    companyName: o.companyName,
    remoteCompanyId: o.remoteCompanyId,
    passwordEmailSent: o.passwordEmailSent,
    connectPath: o.connectPath,
    repeated: o.repeated,
    exp: Date.now() + TTL_MS,
  };
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  (await cookies()).set(NAME, `${payload}.${sign(payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https://"),
    path: "/create-company",
    maxAge: TTL_MS / 1000,
  });
}

export async function readCompanyResult(): Promise<CompanyResult | null> {
  const raw = (await cookies()).get(NAME)?.value;
  const [payload, sig] = raw?.split(".") ?? [];
  if (!payload || !sig || !safeEqual(sig, sign(payload))) return null;
  try {
    const v = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof v.exp !== "number" || v.exp < Date.now()) return null;
    const connectPath = typeof v.connectPath === "string" && v.connectPath.startsWith("/connect/") ? v.connectPath : null;
    return {
      kind: v.kind === "needs_consent" ? "needs_consent" : "connected",
      companyName: String(v.companyName),
      remoteCompanyId: String(v.remoteCompanyId),
      passwordEmailSent: !!v.passwordEmailSent,
      connectPath,
      repeated: !!v.repeated,
    };
  } catch {
    return null;
  }
}
