import Link from "next/link";
import { CONSENT_FAILURES, isConsentFailure } from "@/lib/consent/failures";

export const dynamic = "force-dynamic";
export const metadata = { title: "Connection not completed" };

export default async function ConnectErrorPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const failure = CONSENT_FAILURES[isConsentFailure(reason) ? reason : "remote_error"];
  const isLink = typeof reason === "string" && reason.startsWith("link_");
  return (
    <section className="rounded-2xl border border-amber-200 bg-white p-8 shadow-sm" role="alert" aria-labelledby="error-title">
      <p className="text-sm font-medium uppercase tracking-wide text-amber-700">Not connected</p>
      <h1 id="error-title" className="mt-2 text-2xl font-semibold">{failure.title}</h1>
      <p className="mt-3 max-w-prose text-slate-600">{failure.message}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        {!isLink && (
          // A route handler that redirects to Remote (see the landing page).
          // eslint-disable-next-line @next/next/no-html-link-for-pages
          <a href="/connect/start" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Start again
          </a>
        )}
        <Link href="/" className="rounded-lg px-4 py-2 font-medium text-brand-700 hover:underline">Back to the start page</Link>
      </div>
    </section>
  );
}
