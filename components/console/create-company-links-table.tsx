import Link from "next/link";
import type { ReactNode } from "react";
import type { CreateCompanyLinkRow } from "@/lib/create-company-links/list";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { LinkStateBadge } from "./status-badge";
import { td, th } from "./styles";

type Props = { rows: CreateCompanyLinkRow[]; now: Date; renderAction?: (row: CreateCompanyLinkRow) => ReactNode };

/** Create-company links, newest first; `renderAction` (admins) adds the actions of a pending link. */
export function CreateCompanyLinksTable({ rows, now, renderAction }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Create-company links" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="create-links-table">
        <thead className="bg-slate-50">
          <tr>
            {["State", "External id", "Company", "Created", "Expires", "Connection"].map((h) => <th key={h} scope="col" className={th}>{h}</th>)}
            {renderAction ? <th scope="col" className={th}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-link-id={r.id}>
              <td className={td}><LinkStateBadge state={r.state} /></td>
              <td className={`${td} font-mono text-xs`}>{r.externalId}</td>
              <td className={td}>
                {r.companyName ?? <span className="text-slate-500">—</span>}
                {r.ownerEmail ? <span className="block text-xs text-slate-600">{r.ownerEmail}{r.lockOwnerEmail ? " (locked)" : ""}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.createdAt)}>
                {formatRelative(r.createdAt, now)}
                {r.createdBy ? <span className="block text-xs text-slate-600">{r.createdBy}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.expiresAt)}>{formatRelative(r.expiresAt, now)}</td>
              <td className={td}>{r.connectionId ? <Link href={`/console/connections/${r.connectionId}`} className="text-brand-700 hover:underline">open</Link> : <span className="text-slate-500">—</span>}</td>
              {renderAction ? <td className={`${td} text-right`}>{r.state === "pending" ? renderAction(r) : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
