import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "../env";
import { hmac, safeEqual } from "./hash";

// Short-lived outcomes shown on a result page (so the URL stays clean and a reload still shows
// them). HttpOnly, HMAC-signed with AUTH_SECRET and bound to a purpose; never used for secrets.

type Options = { name: string; purpose: string; path: string; ttlMs: number };

const sign = (purpose: string, payload: string) => hmac(getEnv().AUTH_SECRET, `${purpose}|${payload}`);

export async function setSignedCookie(o: Options, value: object): Promise<void> {
  const payload = Buffer.from(JSON.stringify({ ...value, exp: Date.now() + o.ttlMs })).toString("base64url");
  (await cookies()).set(o.name, `${payload}.${sign(o.purpose, payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https://"),
    path: o.path,
    maxAge: Math.floor(o.ttlMs / 1000),
  });
}

/** The parsed value when the signature matches and it has not expired, else null. */
export async function readSignedCookie(o: Pick<Options, "name" | "purpose">): Promise<Record<string, unknown> | null> {
  const raw = (await cookies()).get(o.name)?.value;
  const [payload, sig] = raw?.split(".") ?? [];
  if (!payload || !sig || !safeEqual(sig, sign(o.purpose, payload))) return null;
  try {
    const v = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return v && typeof v === "object" && typeof v.exp === "number" && v.exp > Date.now() ? v : null;
  } catch {
    return null;
  }
}
