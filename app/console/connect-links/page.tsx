import type { Metadata } from "next";
import { ConnectLinkForm } from "@/components/console/connect-link-form";
import { ConnectLinksTable } from "@/components/console/connect-links-table";
import { EmptyState } from "@/components/console/empty-state";
import { ListFilters } from "@/components/console/list-filters";
import { Card, PageHeader } from "@/components/console/page-header";
import { Pagination } from "@/components/console/pagination";
import { CopyLinkButton } from "@/components/console/copy-link-button";
import { RowActionButton } from "@/components/console/row-action-button";
import { requireStaff } from "@/lib/auth/guards";
import { listConnectLinks } from "@/lib/console/connect-links";
import { pageParam, param, type SearchParams } from "@/lib/console/params";
import { LINK_STATE_META, LINK_STATES } from "@/lib/console/statuses";
import { copyLinkAction, createLinkAction, revokeLinkAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Connect links" };

export default async function ConnectLinksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const staff = await requireStaff("viewer", "/console/connect-links");
  const list = await listConnectLinks({ state: param(sp, "state"), q: param(sp, "q"), page: pageParam(sp) });
  const isAdmin = staff.role === "admin";
  const filtered = Boolean(list.state || list.q);

  return (
    <>
      <PageHeader
        title="Connect links"
        description="A connect link leads a company's Remote admin to consent and ties the new connection to your own id for that customer. Each link works once and expires."
      />
      {isAdmin ? (
        <Card title="Create a connect link" className="mb-6">
          <ConnectLinkForm create={createLinkAction} />
        </Card>
      ) : null}
      <div className="space-y-4">
        <ListFilters
          action="/console/connect-links"
          ariaLabel="Filter connect links"
          fields={[
            { kind: "text", name: "q", label: "Search", value: list.q, placeholder: "External id or note" },
            { kind: "select", name: "state", label: "State", value: list.state, any: "Any state", options: LINK_STATES.map((s) => ({ value: s, label: LINK_STATE_META[s].label })) },
          ]}
        />
        {list.total === 0 ? (
          <EmptyState title={filtered ? "No link matches these filters." : "No connect link yet."}>
            {filtered
              ? "Clear the filters to see every link."
              : isAdmin
                ? "Create one above, copy it, and send it to an admin of the customer's Remote company."
                : "An admin can create links here; partner systems can also create them through the API."}
          </EmptyState>
        ) : (
          <>
            <ConnectLinksTable
              rows={list.rows}
              now={new Date()}
              renderAction={
                isAdmin
                  ? (r) => (
                      <span className="inline-flex flex-wrap items-start justify-end gap-2">
                        <CopyLinkButton action={copyLinkAction} linkId={r.id} />
                        <RowActionButton action={revokeLinkAction} input={{ linkId: r.id }} label="Revoke" pendingLabel="Revoking…" confirmText="Revoke this link? It will stop working at once." />
                      </span>
                    )
                  : undefined
              }
            />
            <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} params={{ state: list.state, q: list.q }} basePath="/console/connect-links" noun="links" />
          </>
        )}
        <p className="text-xs text-slate-600">Links are stored encrypted; admins can copy a pending link again from this list.</p>
      </div>
    </>
  );
}
