import "server-only";
import { cookies } from "next/headers";
import { randomToken } from "../crypto/hash";
import { readSignedCookie, setSignedCookie } from "../crypto/signed-cookie";
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

export type ConsentOutcome = { companyName: string; reconnected: boolean };

const RESULT_COOKIE = { name: RESULT, purpose: "consent-result", path: "/connect", ttlMs: 10 * 60 * 1000 };

export async function setOutcome(outcome: ConsentOutcome) {
  await setSignedCookie(RESULT_COOKIE, outcome);
}

export async function readOutcome(): Promise<ConsentOutcome | null> {
  const v = await readSignedCookie(RESULT_COOKIE);
  return v ? { companyName: String(v.companyName), reconnected: !!v.reconnected } : null;
}
