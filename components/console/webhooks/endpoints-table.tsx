import Link from "next/link";
import type { ConsoleWebhookEndpoint } from "@/lib/console/webhooks";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { td, th } from "../styles";
import { EndpointHealthBadge } from "./badges";
import { EndpointHealthNote } from "./health-note";

type Props = { rows: ConsoleWebhookEndpoint[]; now: Date };

export function EventList({ events }: { events: string[] | null }) {
  if (events === null) return <span className="text-slate-700">All connection events</span>;
  return (
    <ul className="space-y-0.5">
      {events.map((e) => (
        <li key={e}><code className="text-xs">{e}</code></li>
      ))}
    </ul>
  );
}

export function WebhookEndpointsTable({ rows, now }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Webhook endpoints" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="endpoints-table">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Endpoint</th>
            <th scope="col" className={th}>Events</th>
            <th scope="col" className={th}>Health</th>
            <th scope="col" className={th}>Last success</th>
            <th scope="col" className={th}>Open deliveries</th>
            <th scope="col" className={th}>Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-endpoint-id={r.id}>
              <td className={`${td} max-w-md`}>
                <Link href={`/console/webhooks/${r.id}`} className="break-all font-medium text-brand-700 hover:underline">{r.url}</Link>
                {r.description ? <span className="block text-xs text-slate-600">{r.description}</span> : null}
              </td>
              <td className={td}><EventList events={r.events} /></td>
              <td className={`${td} min-w-40`}>
                <EndpointHealthBadge health={r.health} />
                <EndpointHealthNote e={r} now={now} />
              </td>
              <td className={`${td} whitespace-nowrap`}><span title={formatDateTime(r.lastSuccessAt)}>{formatRelative(r.lastSuccessAt, now)}</span></td>
              <td className={`${td} whitespace-nowrap tabular-nums`}>
                {r.pending} pending
                {r.failed ? <span className="block text-xs text-red-800">{r.failed} failed</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <span title={formatDateTime(r.createdAt)}>{formatRelative(r.createdAt, now)}</span>
                {r.createdBy ? <span className="block text-xs text-slate-600">{r.createdBy}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
