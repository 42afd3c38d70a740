import "server-only";
import { cookies } from "next/headers";
import { hmac, randomToken, safeEqual } from "../crypto/hash";
import { getEnv } from "../env";

// The browser binding: a random nonce in an HttpOnly cookie whose hash is stored with the pending
// authorization; the callback must come back with the same cookie.
const BINDING = "rc_consent";
// The outcome shown on /connect/done, signed so it cannot be forged, and never holding a token.
const RESULT = "rc_consent_result";

function secure() {
  return getEnv().APP_URL.startsWith("https://");
}

export async function browserNonce(create: boolean): Promise<string | undefined> {
  const jar = await cookies();
  const existing = jar.get(BINDING)?.value;
  if (existing || !create) return existing;
  const nonce = randomToken(32);
  jar.set(BINDING, nonce, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/connect", maxAge: 10 * 60 });
  return nonce;
}

export type ConsentOutcome = { companyName: string; reconnected: boolean; externalId?: string | null };

export async function setOutcome(outcome: ConsentOutcome) {
  const payload = Buffer.from(JSON.stringify({ ...outcome, exp: Date.now() + 10 * 60 * 1000 })).toString("base64url");
  const jar = await cookies();
  jar.set(RESULT, `${payload}.${hmac(getEnv().AUTH_SECRET, payload)}`, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/connect", maxAge: 10 * 60 });
}

export async function readOutcome(): Promise<ConsentOutcome | null> {
  const raw = (await cookies()).get(RESULT)?.value;
  if (!raw) return null;
  const [payload, sig] = raw.split(".");
  if (!payload || !sig || !safeEqual(sig, hmac(getEnv().AUTH_SECRET, payload))) return null;
  try {
    const v = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return v.exp > Date.now() ? { companyName: String(v.companyName), reconnected: !!v.reconnected } : null;
  } catch {
    return null;
  }
}
