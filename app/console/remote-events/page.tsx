import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/console/empty-state";
import { ListFilters } from "@/components/console/list-filters";
import { PageHeader } from "@/components/console/page-header";
import { Pagination } from "@/components/console/pagination";
import { RemoteEventsTable } from "@/components/console/remote-events/events-table";
import { link } from "@/components/console/styles";
import { requireStaff } from "@/lib/auth/guards";
import { pageParam, param, type SearchParams } from "@/lib/console/params";
import { listRemoteEvents, relayedEventsSettings, remoteEventConnectionOptions } from "@/lib/console/remote-events";
import { REMOTE_WEBHOOK_EVENT_TYPES } from "@/lib/remote-events/event-types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Remote events" };

const TYPE_OPTIONS = REMOTE_WEBHOOK_EVENT_TYPES.map((t) => ({ value: t, label: t }));

export default async function RemoteEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  await requireStaff("viewer", "/console/remote-events");
  const [list, companies, settings] = await Promise.all([
    listRemoteEvents({ eventType: param(sp, "eventType"), connectionId: param(sp, "connectionId"), page: pageParam(sp) }),
    remoteEventConnectionOptions(),
    relayedEventsSettings(),
  ]);
  const params = { eventType: list.eventType, connectionId: list.connectionId };
  const filtered = Boolean(list.eventType || list.connectionId);
  const off = settings.value !== "all" && settings.value.length === 0;
  return (
    <>
      <PageHeader
        title="Remote events"
        description="Company events Remote sent us (signature checked, repeats dropped), newest first, and whether they reached your webhook endpoints as remote.<event_type> events."
      />
      <div className="space-y-4">
        <ListFilters
          action="/console/remote-events"
          ariaLabel="Filter Remote events"
          fields={[
            { kind: "select", name: "eventType", label: "Event type", value: list.eventType, any: "Every type", options: TYPE_OPTIONS },
            { kind: "select", name: "connectionId", label: "Company", value: list.connectionId, any: "Every company", options: companies },
          ]}
        />
        {list.total === 0 ? (
          <EmptyState
            title={filtered ? "No Remote event matches these filters." : off ? "Relaying of Remote events is off." : "No Remote event received yet."}
            action={filtered ? undefined : <Link href="/console/settings" className={link}>Relayed Remote events in Settings</Link>}
          >
            {filtered
              ? "Clear the filters to see every event."
              : off
                ? "Turn it on in Settings → Relayed Remote events (or set REMOTE_WEBHOOK_EVENTS): every connected company is then subscribed at Remote, and its events appear here."
                : "Events appear here as Remote sends them for connected companies. A company's page shows its subscription and can ask Remote to replay a window."}
          </EmptyState>
        ) : (
          <>
            <RemoteEventsTable rows={list.rows} />
            <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} params={params} basePath="/console/remote-events" noun="events" />
          </>
        )}
      </div>
    </>
  );
}
