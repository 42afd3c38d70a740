"use client";
import { CopyField } from "../copy-field";

/** The signing secret, right after create or rotate: the only time it ever leaves the server. */
export function SecretReveal({ secret, note }: { secret: string; note?: string }) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="secret-reveal">
      <CopyField id="webhook-secret" label="Signing secret: copy it now, you won't see it again" value={secret} />
      <p className="mt-1 text-xs text-amber-900">
        Verify each delivery&apos;s <code>webhook-signature</code> header with it (any Standard Webhooks library does this).
        {note ? ` ${note}` : null}
      </p>
    </div>
  );
}
