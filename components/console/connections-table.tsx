import Link from "next/link";
import type { ConnectionRow, ConnectionSort } from "@/lib/console/connections";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { withParams } from "@/lib/console/params";
import { StatusBadge } from "./status-badge";
import { td as tdBase, th as thBase } from "./styles";

// Tighter than other tables: nine columns must fit a 1280 px laptop screen.
const th = thBase.replace("px-3", "px-2.5");
const td = tdBase.replace("px-3", "px-2.5");

type Props = {
  rows: ConnectionRow[];
  sort: ConnectionSort;
  dir: "asc" | "desc";
  params: Record<string, string | undefined>;
  now: Date;
};

function SortHeader({ col, children, sort, dir, params }: { col: ConnectionSort; children: string } & Omit<Props, "rows" | "now">) {
  const active = sort === col;
  const nextDir = active && dir === "desc" ? "asc" : active ? "desc" : col === "companyName" ? "asc" : "desc";
  return (
    <th scope="col" className={th} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`/console${withParams(params, { sort: col, dir: nextDir, page: undefined })}`} className="inline-flex items-center gap-1 rounded-sm hover:text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
        {children}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-400"}>{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
      </Link>
    </th>
  );
}

export function ConnectionsTable({ rows, sort, dir, params, now }: Props) {
  const s = { sort, dir, params };
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Connections table" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="connections-table">
        <thead className="bg-slate-50">
          <tr>
            <SortHeader col="companyName" {...s}>Company</SortHeader>
            <th scope="col" className={th}>Remote company id</th>
            <th scope="col" className={th}>External id</th>
            <SortHeader col="environment" {...s}>Env</SortHeader>
            <SortHeader col="status" {...s}>Status</SortHeader>
            <th scope="col" className={th}>Connected by</th>
            <SortHeader col="connectedAt" {...s}>Connected</SortHeader>
            <SortHeader col="lastRefreshAt" {...s}>Last refresh</SortHeader>
            <th scope="col" className={th}>Last error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50" data-connection-id={r.id}>
              <td className={`${td} min-w-40 font-medium text-slate-900`}>
                <Link href={`/console/connections/${r.id}`} className="rounded-sm text-brand-700 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
                  {r.companyName}
                </Link>
              </td>
              <td className={`${td} font-mono text-xs`} title={r.remoteCompanyId}><div className="w-24 truncate">{r.remoteCompanyId}</div></td>
              <td className={`${td} font-mono text-xs`} title={r.externalId ?? undefined}><div className="max-w-28 truncate">{r.externalId ?? <span className="text-slate-500">—</span>}</div></td>
              <td className={td}>{r.environment}</td>
              <td className={td}><StatusBadge status={r.status} /></td>
              <td className={td} title={r.connectedBy ?? undefined}><div className="max-w-28 truncate">{r.connectedBy ?? "—"}</div></td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.connectedAt)}>{formatRelative(r.connectedAt, now)}</td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.lastRefreshAt)}>{formatRelative(r.lastRefreshAt, now)}</td>
              <td className={td}>
                {r.lastErrorCode ? (
                  <span className="block w-40 text-red-800" title={`${r.lastErrorMessage ?? ""} (${formatDateTime(r.lastErrorAt)})`}>
                    <code className="block truncate text-xs">{r.lastErrorCode}</code>
                    <span className="block truncate text-xs">{r.lastErrorMessage}</span>
                  </span>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
