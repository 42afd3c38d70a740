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
// As long as a pending authorization lives (PENDING_TTL_MS in flow.ts).
const PENDING_TTL_SECONDS = 10 * 60;

function secure() {
  return getEnv().APP_URL.startsWith("https://");
}

/**
 * The browser's binding nonce. `start` (every consent start) keeps an existing nonce but renews the
 * cookie for the full lifetime of the pending authorization it is about to create: otherwise a retry
 * late in the first cookie's life would outlive the cookie and finish as "another browser".
 */
export async function browserNonce(start: boolean): Promise<string | undefined> {
  const jar = await cookies();
  const existing = jar.get(BINDING)?.value;
  if (!start) return existing;
  const nonce = existing || randomToken(32);
  jar.set(BINDING, nonce, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/connect", maxAge: PENDING_TTL_SECONDS });
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
