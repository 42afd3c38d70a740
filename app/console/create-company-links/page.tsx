import type { Metadata } from "next";
import Link from "next/link";
import { CopyLinkButton } from "@/components/console/copy-link-button";
import { CreateCompanyLinkForm } from "@/components/console/create-company-link-form";
import { EmptyState } from "@/components/console/empty-state";
import { Card, PageHeader } from "@/components/console/page-header";
import { RowActionButton } from "@/components/console/row-action-button";
import { LinkStateBadge } from "@/components/console/status-badge";
import { td, th } from "@/components/console/styles";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTime, formatRelative } from "@/lib/console/format";
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
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label="Create-company links" tabIndex={0}>
          <table className="min-w-full divide-y divide-slate-200" data-testid="create-links-table">
            <thead className="bg-slate-50">
              <tr>
                {["State", "External id", "Company", "Created", "Expires", "Connection"].map((h) => <th key={h} scope="col" className={th}>{h}</th>)}
                {isAdmin ? <th scope="col" className={th}><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-link-id={r.id}>
                  <td className={td}><LinkStateBadge state={r.state} /></td>
                  <td className={`${td} font-mono text-xs`}>{r.externalId}</td>
                  <td className={td}>
                    {r.companyName ?? <span className="text-slate-500">—</span>}
                    {r.ownerEmail ? <span className="block text-xs text-slate-600">{r.ownerEmail}{r.lockOwnerEmail ? " (locked)" : ""}</span> : null}
                  </td>
                  <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.createdAt)}>
                    {formatRelative(r.createdAt, now)}
                    {r.createdBy ? <span className="block text-xs text-slate-600">{r.createdBy}</span> : null}
                  </td>
                  <td className={`${td} whitespace-nowrap`} title={formatDateTime(r.expiresAt)}>{formatRelative(r.expiresAt, now)}</td>
                  <td className={td}>{r.connectionId ? <Link href={`/console/connections/${r.connectionId}`} className="text-brand-700 hover:underline">open</Link> : <span className="text-slate-500">—</span>}</td>
                  {isAdmin ? (
                    <td className={`${td} text-right`}>
                      {r.state === "pending" ? (
                        <span className="inline-flex flex-wrap items-start justify-end gap-2">
                          <CopyLinkButton action={copyCreateCompanyLinkAction} linkId={r.id} />
                          <RowActionButton action={revokeCreateCompanyLinkAction} input={{ linkId: r.id }} label="Revoke" pendingLabel="Revoking…" confirmText="Revoke this link? It will stop working at once." />
                        </span>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > CREATE_LINK_LIST_SIZE ? <p className="mt-2 text-xs text-slate-600">Showing the newest {CREATE_LINK_LIST_SIZE} of {total} links.</p> : null}
    </>
  );
}
