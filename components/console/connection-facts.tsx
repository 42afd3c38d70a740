import type { ReactNode } from "react";
import type { ConnectionHealthCheck } from "@/lib/connections/health-monitor-state";
import type { ConnectionDetail } from "@/lib/console/connections";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { StatusBadge } from "./status-badge";

function Fact({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className={`text-sm text-slate-900 ${mono ? "break-all font-mono text-xs" : ""}`}>{children ?? "—"}</dd>
    </div>
  );
}

const SOURCE_LABELS: Record<string, string> = {
  consent: "Consent",
  company_creation: "Created through this app",
  import: "Imported from an existing integration",
};

const when = (d: Date, now: Date) => `${formatDateTime(d)} (${formatRelative(d, now)})`;

/** The health monitor's view of this connection: when it last refreshed it proactively, and next. */
function HealthFacts({ h, now }: { h: ConnectionHealthCheck; now: Date }) {
  return (
    <>
      <Fact term="Last health check">
        <span data-testid="health-last-check">{h.lastCheckedAt ? when(h.lastCheckedAt, now) : "never"}</span>
      </Fact>
      <Fact term="Next health check">
        <span data-testid="health-next-check">
          {!h.monitored ? "not checked while it needs a reconnect or is disconnected" : h.nextCheckAt && h.nextCheckAt > now ? when(h.nextCheckAt, now) : "due: in the next sweep"}
        </span>
        {h.refusedSince && h.giveUpAt ? (
          <span className="mt-1 block text-amber-800" data-testid="health-refused-since">
            Remote has refused every refresh since {formatDateTime(h.refusedSince)}; marked needs-reconnect if that lasts until {formatDateTime(h.giveUpAt)}.
          </span>
        ) : null}
      </Fact>
    </>
  );
}

export function ConnectionFacts({ c, now, health }: { c: ConnectionDetail; now: Date; health?: ConnectionHealthCheck | null }) {
  return (
    <dl className="divide-y divide-slate-100" data-testid="connection-facts">
      <Fact term="Status">
        <StatusBadge status={c.status} />
        {c.statusReason && c.status !== "connected" ? <span className="ml-2 text-sm text-slate-700" data-testid="status-reason">reason: <code className="text-xs">{c.statusReason}</code></span> : null}
      </Fact>
      <Fact term="Remote company id" mono>{c.remoteCompanyId}</Fact>
      <Fact term="External id" mono>{c.externalId}</Fact>
      <Fact term="Environment">{c.environment}</Fact>
      <Fact term="Source">{SOURCE_LABELS[c.source] ?? "Consent"}</Fact>
      <Fact term="Connected">{formatDateTime(c.connectedAt)}{c.connectedBy ? ` by ${c.connectedBy}` : ""}</Fact>
      <Fact term="Last token refresh">{c.lastRefreshAt ? `${formatDateTime(c.lastRefreshAt)} (${formatRelative(c.lastRefreshAt, now)})` : "never"}</Fact>
      {health ? <HealthFacts h={health} now={now} /> : null}
      <Fact term="Access token">
        {!c.hasRefreshToken ? "No tokens stored" : c.accessTokenExpiresAt ? `Cached, expires ${formatRelative(c.accessTokenExpiresAt, now)}` : "None cached; one is fetched on demand"}
      </Fact>
      <Fact term="Last error">
        {c.lastErrorCode ? (
          <span className="text-red-800">
            <code className="text-xs">{c.lastErrorCode}</code> {c.lastErrorMessage} <span className="text-slate-600">({formatDateTime(c.lastErrorAt)}, {c.consecutiveFailures} in a row)</span>
          </span>
        ) : "none"}
      </Fact>
      {c.disconnectedAt ? <Fact term="Disconnected">{formatDateTime(c.disconnectedAt)}</Fact> : null}
      <Fact term="Scope" mono>{c.scope}</Fact>
      <Fact term="Remote user id" mono>{c.remoteUserId}</Fact>
      <Fact term="Connection id" mono>{c.id}</Fact>
    </dl>
  );
}
