import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { btn } from "@/components/console/styles";
import { currentStaff, safeCallbackUrl } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";
import { param, type SearchParams } from "@/lib/console/params";
import { signInWithSso } from "./actions";
import { SignInForm } from "./sign-in-form-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  AccessDenied: "Single sign-on worked, but this account is not allowed into the console. Ask an admin to invite you.",
  Configuration: "Sign-in is misconfigured on the server. An engineer should check the logs.",
  OAuthCallbackError: "The single sign-on provider returned an error. Try again.",
  Verification: "The sign-in link is no longer valid.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackUrl(param(sp, "callbackUrl"));
  if (await currentStaff()) redirect(callbackUrl);
  const env = getEnv();
  const error = param(sp, "error");
  const notice = error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined;

  return (
    <main id="main" className="grid min-h-screen place-items-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold text-slate-900">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-white">R</span>
          Remote Connect
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-slate-900">Staff sign-in</h1>
          <p className="mt-1 text-sm text-slate-600">The partner console: connected companies, links, keys and history.</p>
          {param(sp, "signedOut") ? <p role="status" className="mt-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">You are signed out.</p> : null}
          {notice ? <p role="alert" data-testid="sign-in-notice" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{notice}</p> : null}
          {env.AUTH_OIDC_ISSUER ? (
            <>
              <form action={signInWithSso} className="mt-6">
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <button type="submit" className={`${btn.secondary} w-full`}>Continue with {env.AUTH_OIDC_NAME}</button>
              </form>
              <p className="my-5 flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500">
                <span aria-hidden className="h-px flex-1 bg-slate-200" />or<span aria-hidden className="h-px flex-1 bg-slate-200" />
              </p>
            </>
          ) : (
            <div className="mt-6" />
          )}
          <SignInForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-600">
          No account? An admin creates one with <code className="rounded bg-slate-100 px-1">npm run staff:create</code>.
        </p>
      </div>
    </main>
  );
}
