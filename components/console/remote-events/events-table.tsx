import Link from "next/link";
import type { ConsoleRemoteEvent } from "@/lib/console/remote-events";
import { formatDateTime } from "@/lib/console/format";
import { link, td, th } from "../styles";
import { ForwardedBadge } from "./badges";

/** Pretty JSON for the disclosure; the raw text if it does not parse. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Received Remote events. The body (ids only) stays behind a disclosure; `showCompany` is off on a connection's own page. */
export function RemoteEventsTable({ rows, showCompany = true }: { rows: ConsoleRemoteEvent[]; showCompany?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Received Remote events" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200" data-testid="remote-events-table">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Received</th>
            <th scope="col" className={th}>Event type</th>
            {showCompany ? <th scope="col" className={th}>Company</th> : null}
            <th scope="col" className={th}>Forwarded</th>
            <th scope="col" className={th}>Body</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-remote-event-id={r.id} data-event-type={r.eventType}>
              <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.receivedAt)}</td>
              <td className={td}>
                <code className="text-xs font-medium text-slate-900">{r.eventType}</code>
              </td>
              {showCompany ? (
                <td className={td}>
                  <Link href={`/console/connections/${r.connection.id}`} className={link}>
                    {r.connection.companyName ?? r.connection.id}
                  </Link>
                </td>
              ) : null}
              <td className={td}>
                <ForwardedBadge state={r.forwarded} deliveries={r.deliveries} />
              </td>
              <td className={td}>
                <details>
                  <summary className="cursor-pointer text-xs font-medium text-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
                    Show body
                  </summary>
                  <pre className="mt-2 max-h-64 max-w-md overflow-auto rounded-md bg-slate-50 p-2 text-xs text-slate-800">{pretty(r.body)}</pre>
                  {r.eventId ? <p className="mt-1 text-xs text-slate-600">Outbox event <code>{r.eventId}</code></p> : null}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
