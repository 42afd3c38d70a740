"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { CopyField } from "./copy-field";
import { btn } from "./styles";
import { useAction } from "./use-action";

/** Fetches a pending link's URL on demand (it is not in the page) and offers it for copying. */
export function CopyLinkButton({ action, linkId }: { action: (input: { linkId: string }) => Promise<ActionResult<{ url: string }>>; linkId: string }) {
  const { pending, result, run } = useAction(action);
  if (result?.ok && result.data) return <CopyField value={result.data.url} label="Connect link" id={`link-${linkId}`} />;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button type="button" className={btn.small} disabled={pending} onClick={() => run({ linkId })}>
        {pending ? "Loading…" : "Copy link"}
      </button>
      {result && !result.ok ? (
        <span role="status" className="text-xs text-red-800">
          {result.error}
        </span>
      ) : null}
    </span>
  );
}
