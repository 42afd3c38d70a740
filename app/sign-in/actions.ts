"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { OIDC_PROVIDER_ID } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";
import { reportActionFailure } from "@/lib/http/action-error";
import { isDatabaseUnavailable } from "@/lib/db/errors";

export type SignInState = { error?: string; email?: string };

const input = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(1024),
  callbackUrl: z.string().max(2000).optional(),
});

/** E-mail + password sign-in; on success next-auth redirects (a thrown NEXT_REDIRECT). */
export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = input.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "", callbackUrl: form.get("callbackUrl") ?? undefined });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: "Enter your e-mail address and password.", email: parsed.data?.email };
  }
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (e) {
    unstable_rethrow(e); // the success redirect
    if (e instanceof CredentialsSignin && e.code === "rate_limited") {
      return { error: "Too many failed attempts. Sign-in is paused for this account for 15 minutes.", email };
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
