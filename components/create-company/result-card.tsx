import Link from "next/link";
import type { CompanyResult } from "@/lib/companies/result-cookie";
import { MarkDraftsDone } from "./mark-drafts-done";
import * as s from "./styles";

type Props = { result: CompanyResult; setPasswordUrl: string | null };

/** The new company, connected (or one consent away), and what to do next. Holds no token. */
export function ResultCard({ result, setPasswordUrl }: Props) {
  const connected = result.kind === "connected";
  return (
    <section className={`rounded-2xl border bg-white p-8 shadow-sm ${connected ? "border-emerald-200" : "border-amber-200"}`} aria-labelledby="result-title">
      <p className={`text-sm font-medium uppercase tracking-wide ${connected ? "text-emerald-700" : "text-amber-700"}`}>
        {connected ? "Connected" : "One more step"}
      </p>
      <h1 id="result-title" className="mt-2 text-2xl font-semibold text-slate-900">
        {connected ? `${result.companyName} is on Remote and connected` : `${result.companyName} was created on Remote`}
      </h1>
      <p className="mt-3 max-w-prose text-slate-600">
        {connected
          ? "Your Remote account was created and connected to us in one step. You can withdraw access at any time from your Remote settings."
          : "Remote did not let us connect it automatically, so please give consent now: a company admin signs in on Remote and chooses Allow."}
      </p>
      {result.repeated && (
        <p className="mt-3 max-w-prose rounded-lg bg-slate-50 p-3 text-sm text-slate-600">
          This form had already been sent, so no second company was created. This is the result of the first submission.
        </p>
      )}
      <dl className="mt-6 grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="font-medium text-slate-700">Remote company ID</dt>
        <dd className="font-mono text-slate-600" data-testid="remote-company-id">{result.remoteCompanyId}</dd>
        <dt className="font-medium text-slate-700">Status</dt>
        <dd className="text-slate-600">{connected ? "Connected: we can work with your Remote company" : "Created, waiting for consent"}</dd>
      </dl>
      {result.passwordEmailSent && (
        <div className="mt-6 rounded-xl border border-slate-200 bg-slate-50 p-4">
          <h2 className="font-semibold text-slate-900">Next: set your Remote password</h2>
          <p className="mt-1 text-sm text-slate-600">Remote emailed the company owner a link to set a password for the new account.</p>
          {setPasswordUrl ? (
            <a href={setPasswordUrl} className={`mt-3 ${s.primaryButton}`}>
              Continue on Remote
            </a>
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-testid="set-password-note">
              Emulator mode: no email leaves this machine. Against Remote you would continue at{" "}
              <code className="break-all">https://employ.remote.com/api-integration-new-password-send</code>.
            </p>
          )}
        </div>
      )}
      <MarkDraftsDone />
      <div className="mt-8 flex flex-wrap items-center gap-4">
        {!connected && result.connectPath && (
          <a href={result.connectPath} className={s.primaryButton}>
            Connect Remote
          </a>
        )}
        <Link href="/" className={connected ? s.primaryButton : s.secondaryLink}>
          Done
        </Link>
        <Link href="/create-company?fresh=1" prefetch={false} className={s.secondaryLink}>
          Create another company
        </Link>
      </div>
    </section>
  );
}
