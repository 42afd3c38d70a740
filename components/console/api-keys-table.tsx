import type { ReactNode } from "react";
import type { ApiKeyRow } from "@/lib/console/api-keys";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { td, th } from "./styles";

export function ApiKeysTable({ rows, now, renderAction }: { rows: ApiKeyRow[]; now: Date; renderAction?: (row: ApiKeyRow) => ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="API keys" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="api-keys-table">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Prefix</th>
            <th scope="col" className={th}>Scopes</th>
            <th scope="col" className={th}>Connections</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Last used</th>
            <th scope="col" className={th}>State</th>
            {renderAction ? <th scope="col" className={th}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-key-id={r.id} className={r.revokedAt ? "bg-slate-50/60" : undefined}>
              <td className={`${td} font-medium text-slate-900`}>{r.name}</td>
              <td className={`${td} font-mono text-xs`}>{r.prefix}…</td>
              <td className={`${td} text-xs`} data-testid="key-scopes">
                {r.scopes.split(",").map((s) => (
                  <code key={s} className="mr-1 mb-1 inline-block rounded bg-slate-100 px-1.5 py-0.5">{s}</code>
                ))}
              </td>
              <td className={`${td} text-xs`} data-testid="key-connections">
                {r.connectionExternalIdPrefix ? (
                  <>External id starts with <code className="rounded bg-slate-100 px-1.5 py-0.5">{r.connectionExternalIdPrefix}</code></>
                ) : (
                  "All"
                )}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <span title={formatDateTime(r.createdAt)}>{formatRelative(r.createdAt, now)}</span>
                {r.createdBy ? <span className="block text-xs text-slate-600">{r.createdBy}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.lastUsedAt)}>{formatRelative(r.lastUsedAt, now)}</td>
              <td className={td}>
                {r.revokedAt ? (
                  <span className="inline-flex rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-inset ring-red-600/30" title={formatDateTime(r.revokedAt)}>Revoked</span>
                ) : (
                  <span className="inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-600/30">Active</span>
                )}
              </td>
              {renderAction ? <td className={`${td} text-right`}>{r.revokedAt ? null : renderAction(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
