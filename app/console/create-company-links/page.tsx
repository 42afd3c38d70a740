import type { Metadata } from "next";
import { CopyLinkButton } from "@/components/console/copy-link-button";
import { CreateCompanyLinkForm } from "@/components/console/create-company-link-form";
import { CreateCompanyLinksTable } from "@/components/console/create-company-links-table";
import { EmptyState } from "@/components/console/empty-state";
import { Card, PageHeader } from "@/components/console/page-header";
import { RowActionButton } from "@/components/console/row-action-button";
import { requireStaff } from "@/lib/auth/guards";
import { CREATE_LINK_LIST_SIZE, listCreateCompanyLinks } from "@/lib/create-company-links/list";
import { copyCreateCompanyLinkAction, createCreateCompanyLinkAction, revokeCreateCompanyLinkAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create-company links" };

export default async function CreateCompanyLinksPage() {
  const staff = await requireStaff("viewer", "/console/create-company-links");
  const isAdmin = staff.role === "admin";
  const { rows, total } = await listCreateCompanyLinks();
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Create-company links"
        description="An invitation for a customer without a Remote account: it opens the create-company form, prefilled as you choose, and the new connection carries your external id. Each link works once and expires within 7 days."
      />
      {isAdmin ? (
        <Card title="Create a create-company link" className="mb-6">
          <CreateCompanyLinkForm create={createCreateCompanyLinkAction} />
        </Card>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="No create-company link yet.">{isAdmin ? "Create one above and send it to the customer." : "An admin can create links here; partner systems can also create them through the API."}</EmptyState>
      ) : (
        <CreateCompanyLinksTable
          rows={rows}
          now={now}
          renderAction={
            isAdmin
              ? (r) => (
                  <span className="inline-flex flex-wrap items-start justify-end gap-2">
                    <CopyLinkButton action={copyCreateCompanyLinkAction} linkId={r.id} />
                    <RowActionButton action={revokeCreateCompanyLinkAction} input={{ linkId: r.id }} label="Revoke" pendingLabel="Revoking…" confirmText="Revoke this link? It will stop working at once." />
                  </span>
                )
              : undefined
          }
        />
      )}
      {total > CREATE_LINK_LIST_SIZE ? <p className="mt-2 text-xs text-slate-600">Showing the newest {CREATE_LINK_LIST_SIZE} of {total} links.</p> : null}
    </>
  );
}
