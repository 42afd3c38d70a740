"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { OIDC_PROVIDER_ID } from "@/lib/auth/config";
import { clientIp, signInPause } from "@/lib/auth/credentials";
import { safeCallbackUrl } from "@/lib/auth/guards";
import { readDeviceCookie, rememberDevice } from "@/lib/auth/sign-in-device";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { reportActionFailure } from "@/lib/http/action-error";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { pauseMessage } from "./pause-message";

export type SignInState = { error?: string; email?: string };

const input = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(1024),
  callbackUrl: z.string().max(2000).optional(),
});

const isRedirect = (e: unknown) => typeof (e as { digest?: unknown })?.digest === "string" && (e as { digest: string }).digest.startsWith("NEXT_REDIRECT");

/** E-mail + password sign-in; on success next-auth redirects (a thrown NEXT_REDIRECT). */
export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = input.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "", callbackUrl: form.get("callbackUrl") ?? undefined });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: "Enter your e-mail address and password.", email: parsed.data?.email };
  }
  const { email, password, callbackUrl } = parsed.data;
  // This browser's device cookie (if it signed in before) keeps its own throttle, see sign-in-device.ts.
  const device = await readDeviceCookie();
  try {
    await signIn("credentials", { email, password, ...(device ? { device } : {}), redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (e) {
    if (isRedirect(e)) await rememberDevice(email.toLowerCase());
    unstable_rethrow(e); // the success redirect
    if (e instanceof CredentialsSignin && e.code === "rate_limited") {
      const pause = await signInPause(getDb(), { email, device }, clientIp(await headers())).catch(() => null);
      return { error: pauseMessage(pause), email };
    }
    // next-auth wraps what authorize() threw; a database that is down must not read as a wrong password.
    const cause = e instanceof AuthError ? (e.cause as { err?: unknown } | undefined)?.err : e;
    if (e instanceof AuthError && !isDatabaseUnavailable(cause)) return { error: "Wrong e-mail address or password.", email };
    return { error: reportActionFailure(cause ?? e, "sign you in"), email };
  }
  return {};
}

/** Starts single sign-on with the configured OpenID Connect provider. */
export async function signInWithSso(form: FormData): Promise<void> {
  if (!getEnv().AUTH_OIDC_ISSUER) return;
  const callbackUrl = form.get("callbackUrl");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined) });
}
