import Link from "next/link";
import type { AuditRow } from "@/lib/console/audit";
import { auditLabel } from "@/lib/console/audit-labels";
import { formatDateTime } from "@/lib/console/format";

function Actor({ row }: { row: AuditRow }) {
  const who = row.actorLabel ?? row.actorId ?? "—";
  return (
    <span className="text-slate-700">
      <span className="text-xs uppercase tracking-wide text-slate-500">{row.actorType.replace("_", " ")}</span> {who}
    </span>
  );
}

/** A vertical timeline of audit events (connection detail page). */
export function AuditEventList({ rows }: { rows: AuditRow[] }) {
  return (
    <ol className="space-y-3" data-testid="timeline">
      {rows.map((r) => {
        const { label, className } = auditLabel(r.type);
        return (
          <li key={r.id} className="border-l-2 border-slate-200 pl-3" data-type={r.type}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}>{label}</span>
              <time dateTime={r.createdAt.toISOString()} className="text-xs text-slate-600">{formatDateTime(r.createdAt)}</time>
            </div>
            {r.message ? <p className="mt-1 text-sm text-slate-700">{r.message}</p> : null}
            <p className="mt-0.5 text-xs"><Actor row={r} /></p>
          </li>
        );
      })}
    </ol>
  );
}

/** The audit log table. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Audit events" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="audit-table">
        <thead className="bg-slate-50">
          <tr>
            {["When", "Event", "Connection", "Actor", "Details"].map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-sm">
          {rows.map((r) => {
            const { label, className } = auditLabel(r.type);
            return (
              <tr key={r.id} data-type={r.type}>
                <td className="whitespace-nowrap px-3 py-2 align-top text-slate-600"><time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time></td>
                <td className="px-3 py-2 align-top">
                  <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`} title={r.type}>{label}</span>
                </td>
                <td className="px-3 py-2 align-top">
                  {r.connectionId ? (
                    <Link href={`/console/connections/${r.connectionId}`} className="text-brand-700 hover:underline">{r.connection?.companyName ?? r.connectionId}</Link>
                  ) : <span className="text-slate-500">—</span>}
                </td>
                <td className="px-3 py-2 align-top"><Actor row={r} /></td>
                <td className="px-3 py-2 align-top text-slate-700">
                  {r.message ? <p>{r.message}</p> : null}
                  {r.metadata.length ? (
                    <p className="mt-0.5 flex flex-wrap gap-1">
                      {r.metadata.map(([k, v]) => (
                        <code key={k} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{k}={v}</code>
                      ))}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
