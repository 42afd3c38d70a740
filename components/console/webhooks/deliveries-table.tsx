import type { ReactNode } from "react";
import type { ConsoleWebhookDelivery } from "@/lib/console/webhooks";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { td, th } from "../styles";
import { DeliveryStatusBadge } from "./badges";

type Props = { rows: ConsoleWebhookDelivery[]; now: Date; renderAction?: (row: ConsoleWebhookDelivery) => ReactNode };

const dash = <span className="text-slate-500">—</span>;

export function WebhookDeliveriesTable({ rows, now, renderAction }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Deliveries" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="deliveries-table">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Event</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Attempts</th>
            <th scope="col" className={th}>Last answer</th>
            <th scope="col" className={th}>Next retry</th>
            {renderAction ? <th scope="col" className={th}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-delivery-id={r.id} data-event-id={r.eventId} data-event-type={r.eventType}>
              <td className={td}>
                <code className="text-xs font-medium text-slate-900">{r.eventType}</code>
                <span className="block font-mono text-xs text-slate-600">{r.eventId}</span>
              </td>
              <td className={`${td} whitespace-nowrap`}><span title={formatDateTime(r.createdAt)}>{formatRelative(r.createdAt, now)}</span></td>
              <td className={td}>
                <DeliveryStatusBadge status={r.status} attempts={r.attempts} />
                {r.deliveredAt ? <span className="block text-xs text-slate-600" title={formatDateTime(r.deliveredAt)}>{formatRelative(r.deliveredAt, now)}</span> : null}
              </td>
              <td className={`${td} tabular-nums`}>{r.attempts}</td>
              <td className={`${td} min-w-48`}>
                {r.lastAttemptAt ? (
                  <>
                    <span className="tabular-nums" data-testid="last-status">{r.lastStatusCode !== null ? `HTTP ${r.lastStatusCode}` : "no answer"}</span>
                    {r.lastLatencyMs !== null ? <span className="text-slate-600"> · {r.lastLatencyMs.toLocaleString("en-US")} ms</span> : null}
                    {r.lastError && r.lastError !== `HTTP ${r.lastStatusCode}` ? <span className="block max-w-72 break-words text-xs text-red-800">{r.lastError}</span> : null}
                    {r.responseExcerpt ? (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-xs font-medium text-brand-700">Response excerpt</summary>
                        <pre className="mt-1 max-h-48 max-w-md overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 p-2 text-xs text-slate-800">{r.responseExcerpt}</pre>
                      </details>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-600">not tried yet</span>
                )}
              </td>
              <td className={`${td} whitespace-nowrap`}>{r.nextAttemptAt ? <span title={formatDateTime(r.nextAttemptAt)}>{formatRelative(r.nextAttemptAt, now)}</span> : dash}</td>
              {renderAction ? <td className={`${td} text-right`}>{renderAction(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
