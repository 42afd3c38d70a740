"use client";
import { btn } from "@/components/console/styles";
import { isSaneReference } from "@/lib/http/reference";

/** Shown when a console page fails to render (e.g. the database is unreachable). */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  // Next logs a server error with this digest, so staff can find the log line.
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">This page could not be loaded.</h1>
      <p className="mt-1 text-sm text-red-800">The server hit an error (details are in its logs). Check that the database is reachable, then try again.</p>
      {isSaneReference(digest) && (
        <p className="mt-2 text-sm text-red-800">
          Reference: <code className="font-mono" data-testid="error-reference">{digest}</code>
        </p>
      )}
      <button type="button" onClick={() => retry()} className={`${btn.secondary} mt-4`}>Try again</button>
    </div>
  );
}
