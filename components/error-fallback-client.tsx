"use client";
import Link from "next/link";
import { isSaneReference } from "@/lib/http/reference";
import { ErrorFrame, ErrorPanel, errorActionClass } from "./error-panel";

/**
 * What the error boundaries show. In production Next sends the browser only a digest of a server
 * error (it logs the same digest with the error), so that is the reference; the message is never shown.
 */
export function ErrorFallback({ error, retry, framed = false }: { error: unknown; retry: () => void; framed?: boolean }) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  const reference = isSaneReference(digest) ? digest : undefined;
  const panel = (
    <ErrorPanel
      eyebrow="Something went wrong"
      title="This page could not be shown"
      reference={reference}
      actions={
        <>
          <button type="button" onClick={() => retry()} className={errorActionClass.primary}>
            Try again
          </button>
          <Link href="/" className={errorActionClass.secondary}>Back to the start page</Link>
        </>
      }
    >
      An error on our side stopped this page from loading, and it was logged. It is often brief: try again in a moment.
    </ErrorPanel>
  );
  return (
    <>
      <title>Something went wrong · Remote Connect</title>
      {framed ? <ErrorFrame>{panel}</ErrorFrame> : panel}
    </>
  );
}
