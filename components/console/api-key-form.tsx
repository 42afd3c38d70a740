"use client";
import { API_SCOPE_HELP, API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import type { ActionResult } from "@/lib/auth/action-result";
import { CopyField } from "./copy-field";
import { Feedback } from "./feedback";
import { btn, input, label } from "./styles";
import { useAction } from "./use-action";

export type ApiKeyFormInput = { name: string; scopes: ApiScope[]; connectionExternalIdPrefix: string };
type Props = { create: (input: ApiKeyFormInput) => Promise<ActionResult<{ key: string; prefix: string }>> };

export function ApiKeyForm({ create }: Props) {
  const { pending, result, run } = useAction(create);
  return (
    <div className="space-y-4">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          run({
            name: String(form.get("name") ?? ""),
            scopes: form.getAll("scopes").map(String) as ApiScope[],
            connectionExternalIdPrefix: String(form.get("connectionExternalIdPrefix") ?? ""),
          });
        }}
      >
        <div className="max-w-xl">
          <label htmlFor="key-name" className={label}>Name</label>
          <input id="key-name" name="name" required maxLength={100} placeholder="e.g. billing-service production" className={`${input} mt-1`} />
        </div>
        <fieldset>
          <legend className={label}>Scopes</legend>
          <p className="text-xs text-slate-600">Give each system only what it needs; a request outside its scopes gets 403 insufficient_scope.</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {API_SCOPES.map((s) => (
              <label key={s} className="flex items-start gap-2 text-sm text-slate-800">
                <input type="checkbox" name="scopes" value={s} defaultChecked className="mt-0.5 h-4 w-4 rounded border-slate-300" aria-describedby={`scope-help-${s}`} />
                <span>
                  <code className="font-medium">{s}</code>
                  <span id={`scope-help-${s}`} className="block text-xs text-slate-600">{API_SCOPE_HELP[s]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="max-w-xl">
          <label htmlFor="key-external-id-prefix" className={label}>Limit to external ids starting with (optional)</label>
          <input id="key-external-id-prefix" name="connectionExternalIdPrefix" maxLength={200} placeholder="e.g. shop-" aria-describedby="key-prefix-help" className={`${input} mt-1 font-mono`} />
          <p id="key-prefix-help" className="mt-1 text-xs text-slate-600">
            The key then sees and acts on only connections whose external id starts with this (exact case). Such a key cannot have webhooks:manage.
          </p>
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
