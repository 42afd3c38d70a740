import type { Metadata } from "next";
import { AuditTable } from "@/components/console/audit-event-list";
import { EmptyState } from "@/components/console/empty-state";
import { ListFilters } from "@/components/console/list-filters";
import { PageHeader } from "@/components/console/page-header";
import { Pagination } from "@/components/console/pagination";
import { requireStaff } from "@/lib/auth/guards";
import { listAuditEvents } from "@/lib/console/audit";
import { AUDIT_TYPE_OPTIONS } from "@/lib/console/audit-labels";
import { pageParam, param, type SearchParams } from "@/lib/console/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  await requireStaff("viewer", "/console/audit");
  const list = await listAuditEvents({ type: param(sp, "type"), connectionId: param(sp, "connectionId"), actor: param(sp, "actor"), page: pageParam(sp) });
  const params = { type: list.type, connectionId: list.connectionId, actor: list.actor };
  const filtered = Boolean(list.type || list.connectionId || list.actor);
  return (
    <>
      <PageHeader title="Audit log" description="Everything that happened, newest first: connections, refreshes and failures, links, keys and staff sign-ins. It never holds a token or secret." />
      <div className="space-y-4">
        <ListFilters
          action="/console/audit"
          ariaLabel="Filter audit events"
          fields={[
            { kind: "select", name: "type", label: "Event", value: list.type, any: "Every event", options: AUDIT_TYPE_OPTIONS },
            { kind: "text", name: "connectionId", label: "Connection id", value: list.connectionId, placeholder: "e.g. cmi2…" },
            { kind: "text", name: "actor", label: "Actor", value: list.actor, placeholder: "Staff e-mail, key name, or type (system, api_key…)" },
          ]}
        />
        {list.total === 0 ? (
          <EmptyState title={filtered ? "No event matches these filters." : "Nothing has happened yet."}>
            {filtered ? "Clear the filters to see every event." : "Events appear as companies connect, tokens refresh, and staff sign in or act."}
          </EmptyState>
        ) : (
          <>
            <AuditTable rows={list.rows} />
            <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} params={params} basePath="/console/audit" noun="events" />
          </>
        )}
      </div>
    </>
  );
}
