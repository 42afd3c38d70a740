import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { sealEndpointSecret } from "./endpoint-secrets";
import { toView, viewSelect, type WebhookEndpointView } from "./endpoint-view";
import { checkEndpointDescription, checkEndpointEvents, checkEndpointUrl, MAX_WEBHOOK_ENDPOINTS, WebhookEndpointError } from "./endpoint-rules";
import { generateWebhookSecret } from "./secret";

export { WebhookEndpointError, type WebhookEndpointErrorCode } from "./endpoint-rules";
export type { WebhookEndpointView } from "./endpoint-view";

/** Registers an endpoint; the signing secret is returned here once and never again. */
export async function createWebhookEndpoint(
  input: { url: string; events?: string[] | null; description?: string | null },
  actor: Actor,
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  const events = checkEndpointEvents(input.events);
  const description = checkEndpointDescription(input.description);
  const url = await checkEndpointUrl(input.url);
  const id = randomUUID();
  const secret = generateWebhookSecret();
  const row = await getDb().$transaction(async (tx) => {
    // PostgreSQL: creations take turns until commit, or concurrent ones would all count below the cap
    // (SQLite transactions are already serialized by the adapter).
    if (databaseKind(getEnv().DATABASE_URL) === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('WebhookEndpoint.create'))`;
    if ((await tx.webhookEndpoint.count()) >= MAX_WEBHOOK_ENDPOINTS) {
      throw new WebhookEndpointError("endpoint_limit_reached", `There are already ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one before adding another.`);
    }
    const created = await tx.webhookEndpoint.create({
      data: { id, url, description, events: events && JSON.stringify(events), secretEnc: sealEndpointSecret(id, "secret", secret), createdBy: actor.label ?? null },
      select: viewSelect,
    });
    await recordAudit({ type: "webhook_endpoint.created", actor, message: `Webhook endpoint ${url} added`, metadata: { webhook_endpoint_id: id, url, events: events?.join(",") ?? "all" } }, tx);
    return created;
  });
  return { endpoint: toView(row), secret };
}

export async function listWebhookEndpoints(): Promise<WebhookEndpointView[]> {
  const rows = await getDb().webhookEndpoint.findMany({ select: viewSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toView);
}

export async function getWebhookEndpoint(id: string): Promise<WebhookEndpointView | null> {
  const row = await getDb().webhookEndpoint.findUnique({ where: { id }, select: viewSelect });
  return row && toView(row);
}

/** Removes the endpoint with its delivery history (cascade); false when there was none. */
export async function deleteWebhookEndpoint(id: string, actor: Actor): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true } });
    if (!row) return false;
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id } });
    if (count === 0) return false;
    await recordAudit({ type: "webhook_endpoint.deleted", actor, message: `Webhook endpoint ${row.url} deleted`, metadata: { webhook_endpoint_id: id, url: row.url } }, tx);
    return true;
  });
}

export { rotateWebhookSecret, sendWebhookTest, setWebhookEndpointDisabled } from "./endpoint-actions";
