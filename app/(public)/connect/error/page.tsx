import Link from "next/link";
import { ErrorPanel, errorActionClass } from "@/components/error-panel";
import { getBrand } from "@/lib/brand";
import { CONSENT_FAILURES, isConsentFailure } from "@/lib/consent/failures";
import { isSaneReference } from "@/lib/http/reference";

export const dynamic = "force-dynamic";
export const metadata = { title: "Connection not completed" };

export default async function ConnectErrorPage({ searchParams }: { searchParams: Promise<{ reason?: string; ref?: string }> }) {
  const [{ reason, ref }, brand] = await Promise.all([searchParams, getBrand()]);
  const failure = CONSENT_FAILURES[isConsentFailure(reason) ? reason : "remote_error"];
  const isLink = typeof reason === "string" && reason.startsWith("link_");
  return (
    <ErrorPanel
      eyebrow="Not connected"
      title={failure.title}
      reference={isSaneReference(ref) ? ref : undefined}
      actions={
        <>
          {!isLink && (
            // A route handler that redirects to Remote (see the landing page).
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            <a href="/connect/start" className={errorActionClass.primary}>
              Start again
            </a>
          )}
          <Link href="/" className={errorActionClass.secondary}>Back to the start page</Link>
        </>
      }
    >
      {failure.message}
      {brand.supportEmail ? <> Need help? Write to {brand.supportEmail}{ref && isSaneReference(ref) ? " and quote the reference below" : ""}.</> : null}
    </ErrorPanel>
  );
}
