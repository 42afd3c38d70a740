import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { viewSelect } from "../webhooks/endpoint-view";
import { pageOf, type Page } from "./params";

// Read side of the console's Webhooks pages. Never selects the sealed secrets.
const ENDPOINT_SELECT = { ...viewSelect, createdBy: true } satisfies Prisma.WebhookEndpointSelect;

export type EndpointHealth = "active" | "failing" | "disabled";

export type ConsoleWebhookEndpoint = Omit<Prisma.WebhookEndpointGetPayload<{ select: typeof ENDPOINT_SELECT }>, "events"> & {
  /** null = every connection event, including ones added later. */
  events: string[] | null;
  health: EndpointHealth;
  /** Deliveries still to be (re)tried, and those that failed for good. */
  pending: number;
  failed: number;
};

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What the receiver answered is stored up to 1 KB; the console shows no more than that. */
export const RESPONSE_EXCERPT_MAX = 1024;

export type ConsoleWebhookDelivery = {
  id: string;
  eventId: string;
  eventType: string;
  createdAt: Date;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  /** Only while the delivery is still to be tried. */
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  responseExcerpt: string | null;
};

function parseEvents(raw: string | null): string[] | null {
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : null;
  } catch {
    return null;
  }
}

export function endpointHealth(e: { disabledAt: Date | null; failingSince: Date | null }): EndpointHealth {
  return e.disabledAt ? "disabled" : e.failingSince ? "failing" : "active";
}

async function deliveryCounts(endpointIds: string[]): Promise<Map<string, { pending: number; failed: number }>> {
  const counts = new Map(endpointIds.map((id) => [id, { pending: 0, failed: 0 }]));
  if (!endpointIds.length) return counts;
  const groups = await getDb().webhookDelivery.groupBy({
    by: ["endpointId", "status"],
    where: { endpointId: { in: endpointIds }, status: { in: ["pending", "failed"] } },
    _count: { _all: true },
  });
  for (const g of groups) {
    const c = counts.get(g.endpointId);
    if (c) c[g.status === "failed" ? "failed" : "pending"] = g._count._all;
  }
  return counts;
}

function toEndpoint(row: Prisma.WebhookEndpointGetPayload<{ select: typeof ENDPOINT_SELECT }>, counts: { pending: number; failed: number }): ConsoleWebhookEndpoint {
  return { ...row, events: parseEvents(row.events), health: endpointHealth(row), ...counts };
}

/** Every endpoint (a partner has a handful), newest first, with its health and open work. */
export async function listConsoleWebhookEndpoints(): Promise<ConsoleWebhookEndpoint[]> {
  const rows = await getDb().webhookEndpoint.findMany({ select: ENDPOINT_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  const counts = await deliveryCounts(rows.map((r) => r.id));
  return rows.map((r) => toEndpoint(r, counts.get(r.id)!));
}

export async function getConsoleWebhookEndpoint(id: string): Promise<ConsoleWebhookEndpoint | null> {
  const row = await getDb().webhookEndpoint.findUnique({ where: { id }, select: ENDPOINT_SELECT });
  if (!row) return null;
  return toEndpoint(row, (await deliveryCounts([row.id])).get(row.id)!);
}

export type DeliveryQuery = { status?: string; page?: number; pageSize?: number };

/** One endpoint's deliveries, newest event first. */
export async function listConsoleWebhookDeliveries(
  endpointId: string,
  query: DeliveryQuery = {},
): Promise<Page<ConsoleWebhookDelivery> & { status?: DeliveryStatus }> {
  const status = (DELIVERY_STATUSES as readonly string[]).includes(query.status ?? "") ? (query.status as DeliveryStatus) : undefined;
  const page = query.page ?? 1;
  const pageSize = Math.min(Math.max(query.pageSize ?? 25, 5), 100);
  const where: Prisma.WebhookDeliveryWhereInput = { endpointId, ...(status ? { status } : {}) };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.webhookDelivery.count({ where }),
    db.webhookDelivery.findMany({
      where,
      select: {
        id: true,
        eventId: true,
        event: { select: { type: true } },
        createdAt: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastLatencyMs: true,
        lastError: true,
        lastAttemptAt: true,
        nextAttemptAt: true,
        deliveredAt: true,
        responseExcerpt: true,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const out = rows.map(({ event, ...r }) => ({
    ...r,
    eventType: event.type,
    nextAttemptAt: r.status === "pending" ? r.nextAttemptAt : null,
    responseExcerpt: r.responseExcerpt === null ? null : r.responseExcerpt.slice(0, RESPONSE_EXCERPT_MAX),
  }));
  return { status, ...pageOf(out, total, page, pageSize) };
}
