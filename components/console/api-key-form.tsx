"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { CopyField } from "./copy-field";
import { Feedback } from "./feedback";
import { btn, input, label } from "./styles";
import { useAction } from "./use-action";

type Props = { create: (input: { name: string }) => Promise<ActionResult<{ key: string; prefix: string }>> };

export function ApiKeyForm({ create }: Props) {
  const { pending, result, run } = useAction(create);
  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          run({ name: String(new FormData(e.currentTarget).get("name") ?? "") });
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="key-name" className={label}>Name</label>
          <input id="key-name" name="name" required maxLength={100} placeholder="e.g. billing-service production" className={`${input} mt-1`} />
        </div>
        <button type="submit" className={btn.primary} disabled={pending}>{pending ? "Creating…" : "Create key"}</button>
      </form>
      <Feedback result={result} pending={pending} pendingText="Creating the key…" />
      {result?.ok && result.data ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <CopyField id="new-api-key" label="API key (shown only once; store it in your secret manager)" value={result.data.key} />
          <p className="mt-1 text-xs text-amber-900">Send it as <code>Authorization: Bearer …</code> to <code>/api/v1/…</code>.</p>
        </div>
      ) : null}
    </div>
  );
}
