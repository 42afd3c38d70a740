"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import type { CompanyLiveData } from "@/lib/connections/live-data";
import { LiveDataView } from "./live-data";
import { btn } from "./styles";
import { useAction } from "./use-action";

type Props = { connectionId: string; load: (input: { connectionId: string }) => Promise<ActionResult<CompanyLiveData>> };

/** Live data only when asked for: opening the page makes no call to Remote and writes nothing. */
export function LiveDataLoader({ connectionId, load }: Props) {
  const { pending, result, run } = useAction(load);
  const data = result?.ok ? result.data : undefined;
  return (
    <div className="space-y-4" data-testid="live-data-loader">
      <button type="button" className={btn.secondary} onClick={() => run({ connectionId })} disabled={pending}>
        {pending ? "Loading…" : data ? "Reload live data" : "Load live data"}
      </button>
      {result && !result.ok ? (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="live-data-error">
          {result.error}
        </p>
      ) : (
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {pending ? "Asking Remote for the company's data…" : data ? null : "Not loaded: opening this page does not call Remote."}
        </p>
      )}
      {data ? <LiveDataView data={data} /> : null}
    </div>
  );
}
