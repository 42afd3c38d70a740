/** Term/value pairs; `mono` values are identifiers or URLs to copy exactly. */
export function SettingsList({ items }: { items: [string, string, boolean?][] }) {
  return (
    <dl className="divide-y divide-slate-100">
      {items.map(([term, value, mono]) => (
        <div key={term} className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
          <dt className="text-sm text-slate-600">{term}</dt>
          <dd className={`text-sm text-slate-900 ${mono ? "break-all font-mono text-xs" : ""}`}>{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
