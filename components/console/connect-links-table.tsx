import Link from "next/link";
import type { ReactNode } from "react";
import type { ConnectLinkRow } from "@/lib/console/connect-links";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { LinkStateBadge } from "./status-badge";
import { td, th } from "./styles";

type Props = { rows: ConnectLinkRow[]; now: Date; renderAction?: (row: ConnectLinkRow) => ReactNode };

export function ConnectLinksTable({ rows, now, renderAction }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Connect links" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="links-table">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>State</th>
            <th scope="col" className={th}>External id</th>
            <th scope="col" className={th}>Note</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Expires</th>
            <th scope="col" className={th}>Connection</th>
            {renderAction ? <th scope="col" className={th}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-link-id={r.id}>
              <td className={td}><LinkStateBadge state={r.state} /></td>
              <td className={`${td} font-mono text-xs`}>{r.externalId ?? <span className="text-slate-500">—</span>}</td>
              <td className={`${td} max-w-64`}>{r.note ?? <span className="text-slate-500">—</span>}</td>
              <td className={`${td} whitespace-nowrap`}>
                <span title={formatDateTime(r.createdAt)}>{formatRelative(r.createdAt, now)}</span>
                {r.createdBy ? <span className="block text-xs text-slate-600">{r.createdBy}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.expiresAt)}>
                {r.state === "used" ? `used ${formatRelative(r.usedAt, now)}` : r.state === "revoked" ? `revoked ${formatRelative(r.revokedAt, now)}` : formatRelative(r.expiresAt, now)}
              </td>
              <td className={td}>
                {r.connectionId ? <Link href={`/console/connections/${r.connectionId}`} className="text-brand-700 hover:underline">{r.connection?.companyName ?? "open"}</Link> : <span className="text-slate-500">—</span>}
              </td>
              {renderAction ? <td className={`${td} text-right`}>{r.state === "pending" ? renderAction(r) : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
