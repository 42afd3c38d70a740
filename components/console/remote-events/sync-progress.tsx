type Progress = { total: number; inSync: number; pending: number; failed: number };

/** How far the background re-sync of every subscription to the current event set has got. */
export function SyncProgress({ p }: { p: Progress }) {
  const pct = p.total ? Math.round((p.inSync / p.total) * 100) : 100;
  return (
    <div className="space-y-2" data-testid="relay-sync-progress">
      <div className="flex items-center justify-between text-sm">
        <span id="relay-sync-label" className="font-medium text-slate-900">Subscriptions in sync</span>
        <span className="text-slate-700">{p.inSync.toLocaleString("en-US")} of {p.total.toLocaleString("en-US")}</span>
      </div>
      <div role="progressbar" aria-labelledby="relay-sync-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      <dl className="grid grid-cols-4 gap-2 text-center text-xs">
        {([["Total", p.total], ["In sync", p.inSync], ["Pending", p.pending], ["Failed", p.failed]] as const).map(([k, v]) => (
          <div key={k} className="rounded-md bg-slate-50 px-2 py-1.5">
            <dt className="text-slate-600">{k}</dt>
            <dd className={`font-semibold ${k === "Failed" && v > 0 ? "text-red-800" : "text-slate-900"}`}>{v.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
