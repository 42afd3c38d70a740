import "server-only";
import { cookies } from "next/headers";
import { hmac, randomToken, safeEqual } from "../crypto/hash";
import { getEnv } from "../env";

// A "device cookie" (OWASP: slow down online guessing with device cookies): a browser where an
// account signed in successfully keeps a signed token for that e-mail. Its attempts are throttled
// on a streak of their own, so guesses from anywhere else, even from behind the same address or
// with TRUSTED_PROXY_HOPS=0, never slow the real user down. It grants nothing besides that.
const COOKIE = "rc_signin_device";
const TTL_MS = 180 * 24 * 3600_000;

const signature = (email: string, id: string, exp: string) => hmac(getEnv().AUTH_SECRET, `signin-device|${email}|${id}|${exp}`);

/** The device id when `token` was issued to this e-mail and is still valid, else null. */
export function deviceIdFor(email: string, token: unknown, now = Date.now()): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [id, exp, sig] = token.split(".");
  if (!id || !exp || !sig || !(Number(exp) > now)) return null;
  return safeEqual(sig, signature(email, id, exp)) ? id : null;
}

export function issueDeviceToken(email: string, now = Date.now()): string {
  const id = randomToken(12);
  const exp = String(now + TTL_MS);
  return `${id}.${exp}.${signature(email, id, exp)}`;
}

export async function readDeviceCookie(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value;
}

/** After a successful password sign-in: remember this browser for that e-mail. */
export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(COOKIE, issueDeviceToken(email), {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https://"),
    path: "/sign-in",
    maxAge: Math.floor(TTL_MS / 1000),
  });
}
