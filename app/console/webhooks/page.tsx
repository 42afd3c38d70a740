import type { Metadata } from "next";
import { EmptyState } from "@/components/console/empty-state";
import { Card, PageHeader } from "@/components/console/page-header";
import { WebhookEndpointForm } from "@/components/console/webhooks/endpoint-form";
import { WebhookEndpointsTable } from "@/components/console/webhooks/endpoints-table";
import { requireStaff } from "@/lib/auth/guards";
import { listConsoleWebhookEndpoints } from "@/lib/console/webhooks";
import { ALL_REMOTE_EVENTS, CONNECTION_EVENT_TYPES } from "@/lib/events/catalogue";
import { createWebhookEndpointAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const staff = await requireStaff("viewer", "/console/webhooks");
  const endpoints = await listConsoleWebhookEndpoints();
  const isAdmin = staff.role === "admin";
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Your systems hear about connection changes (created, needs reconnect, disconnected, …) as signed POST requests, retried for about 3 days until they answer 2xx. Open an endpoint to see its deliveries."
      />
      {isAdmin ? (
        <Card title="Add an endpoint" className="mb-6">
          <WebhookEndpointForm eventTypes={[...CONNECTION_EVENT_TYPES, ALL_REMOTE_EVENTS]} create={createWebhookEndpointAction} />
        </Card>
      ) : null}
      {endpoints.length === 0 ? (
        <EmptyState title="No webhook endpoint yet.">
          {isAdmin ? "Add one above; you get its signing secret once, right after." : "An admin can add endpoints here; partner systems can also add them through the API."}
        </EmptyState>
      ) : (
        <WebhookEndpointsTable rows={endpoints} now={new Date()} />
      )}
    </>
  );
}
