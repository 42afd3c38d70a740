import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/console/empty-state";
import { ListFilters } from "@/components/console/list-filters";
import { Card, PageHeader } from "@/components/console/page-header";
import { Pagination } from "@/components/console/pagination";
import { link } from "@/components/console/styles";
import { DELIVERY_STATUS_LABELS } from "@/components/console/webhooks/badges";
import { WebhookDeliveriesTable } from "@/components/console/webhooks/deliveries-table";
import { WebhookEndpointActions } from "@/components/console/webhooks/endpoint-actions";
import { EndpointFacts } from "@/components/console/webhooks/endpoint-facts";
import { RedeliverButton } from "@/components/console/webhooks/redeliver-button";
import { RefreshButton } from "@/components/console/webhooks/refresh-button";
import { requireStaff } from "@/lib/auth/guards";
import { pageParam, param, type SearchParams } from "@/lib/console/params";
import { DELIVERY_STATUSES, getConsoleWebhookEndpoint, listConsoleWebhookDeliveries } from "@/lib/console/webhooks";
import { deleteWebhookEndpointAction, redeliverWebhookAction, rotateWebhookSecretAction, sendWebhookTestAction, setWebhookEndpointDisabledAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function WebhookEndpointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const base = `/console/webhooks/${encodeURIComponent(id)}`;
  const staff = await requireStaff("viewer", base);
  const e = await getConsoleWebhookEndpoint(id);
  if (!e) notFound();
  const list = await listConsoleWebhookDeliveries(e.id, { status: param(sp, "status"), page: pageParam(sp) });
  const isAdmin = staff.role === "admin";
  const now = new Date();
  // Follows a delivery about to go out (a new event, a test, a redelivery); a retry hours away needs no polling.
  const dueSoon = list.rows.some((r) => r.nextAttemptAt !== null && r.nextAttemptAt.getTime() - now.getTime() < 60_000);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/console/webhooks" className={link}>Webhooks</Link> <span aria-hidden className="text-slate-400">/</span>{" "}
        <span className="text-slate-600">Endpoint</span>
      </nav>
      <PageHeader title="Webhook endpoint" description={<span className="break-all font-mono text-xs text-slate-700">{e.url}</span>} />
      <div className="mb-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        {isAdmin ? (
          <Card title="Actions" className="h-fit">
            <WebhookEndpointActions
              endpointId={e.id}
              url={e.url}
              disabled={e.health === "disabled"}
              sendTest={sendWebhookTestAction}
              rotate={rotateWebhookSecretAction}
              setDisabled={setWebhookEndpointDisabledAction}
              remove={deleteWebhookEndpointAction}
            />
          </Card>
        ) : (
          <p className="h-fit rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600" data-testid="viewer-note">
            You have the viewer role: you can see everything here, and an admin can send tests, rotate the secret, disable or redeliver.
          </p>
        )}
        <Card title="Endpoint" className="h-fit">
          <EndpointFacts e={e} now={now} />
        </Card>
      </div>
      <section aria-labelledby="deliveries-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="deliveries-heading" className="text-lg font-semibold text-slate-900">Deliveries</h2>
          <RefreshButton auto={dueSoon} />
        </div>
        <ListFilters
          action={base}
          ariaLabel="Filter deliveries"
          fields={[{ kind: "select", name: "status", label: "Status", value: list.status, any: "Any status", options: DELIVERY_STATUSES.map((s) => ({ value: s, label: DELIVERY_STATUS_LABELS[s] })) }]}
        />
        {list.total === 0 ? (
          <EmptyState title={list.status ? "No delivery with this status." : "No delivery yet."}>
            {list.status ? "Clear the filter to see every delivery." : "Deliveries appear here when a connection changes, or when an admin sends a test event."}
          </EmptyState>
        ) : (
          <>
            <WebhookDeliveriesTable rows={list.rows} now={now} renderAction={isAdmin ? (r) => <RedeliverButton action={redeliverWebhookAction} deliveryId={r.id} /> : undefined} />
            <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} params={{ status: list.status }} basePath={base} noun="deliveries" />
          </>
        )}
      </section>
    </>
  );
}
