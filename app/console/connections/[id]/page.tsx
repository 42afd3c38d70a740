import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEventList } from "@/components/console/audit-event-list";
import { ConnectionActions } from "@/components/console/connection-actions";
import { ConnectionFacts } from "@/components/console/connection-facts";
import { LiveDataLoader } from "@/components/console/live-data-loader";
import { Card, PageHeader } from "@/components/console/page-header";
import { StatusBadge } from "@/components/console/status-badge";
import { link } from "@/components/console/styles";
import { requireStaff } from "@/lib/auth/guards";
import { connectionHealthCheck } from "@/lib/connections/health-monitor-state";
import { connectionTimeline } from "@/lib/console/audit";
import { getConnectionDetail } from "@/lib/console/connections";
import { ConnectionRemoteEvents } from "./remote-events-section";
import { disconnectAction, loadLiveDataAction, reconnectLinkAction, refreshNowAction, testConnectionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Connection" };

export default async function ConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaff("viewer", `/console/connections/${encodeURIComponent(id)}`);
  const [c, timeline, health] = await Promise.all([getConnectionDetail(id), connectionTimeline(id, 50), connectionHealthCheck(id)]);
  if (!c) notFound();
  const isAdmin = staff.role === "admin";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/console" className={link}>Connections</Link> <span aria-hidden className="text-slate-400">/</span>{" "}
        <span className="text-slate-600">{c.companyName}</span>
      </nav>
      <PageHeader title={c.companyName} description={<span className="inline-flex items-center gap-2"><StatusBadge status={c.status} /> Remote company {c.remoteCompanyId}</span>} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          {isAdmin ? (
            <Card title="Actions">
              <ConnectionActions
                connectionId={c.id}
                companyName={c.companyName}
                status={c.status}
                refresh={refreshNowAction}
                test={testConnectionAction}
                reconnectLink={reconnectLinkAction}
                disconnect={disconnectAction}
              />
            </Card>
          ) : (
            <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600" data-testid="viewer-note">
              You have the viewer role: you can see everything here, and an admin can refresh, test, or disconnect.
            </p>
          )}
          <Card title="Live data from Remote">
            {c.status === "disconnected" || c.status === "needs_reconnect" ? (
              <p className="text-sm text-slate-600" data-testid="live-data-unavailable">
                No live data: this company is {c.status === "disconnected" ? "disconnected" : "waiting for a reconnect"}. Send a reconnect link to
                connect it again.
              </p>
            ) : (
              <LiveDataLoader connectionId={c.id} load={loadLiveDataAction} />
            )}
          </Card>
          <Card title="Facts">
            <ConnectionFacts c={c} now={new Date()} health={health} />
          </Card>
          <ConnectionRemoteEvents connectionId={c.id} isAdmin={isAdmin} disconnected={c.status === "disconnected"} />
        </div>
        <Card title="Timeline" actions={<Link href={`/console/audit?connectionId=${c.id}`} className={`${link} text-xs`}>Full history</Link>}>
          {timeline.length ? <AuditEventList rows={timeline} /> : <p className="text-sm text-slate-600">No events recorded for this connection yet.</p>}
        </Card>
      </div>
    </>
  );
}
