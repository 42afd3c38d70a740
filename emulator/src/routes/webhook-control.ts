import { Hono } from "hono";
import { uuid } from "../ids";
import type { AppEnv, Deps } from "../http/context";
import { isWebhookEventType } from "../webhooks/event-types";
import type { WebhookEvent } from "../webhooks/store";
import { eventView } from "./webhook-events";

const ID_FIELD = /^[a-z][a-z0-9_]{0,63}$/;

/** /__emulator hooks for webhooks: make a company emit an event, and see what was delivered. */
export function webhookControlRoutes(deps: Deps) {
  const { state, clock } = deps;
  const r = new Hono<AppEnv>();
  const store = () => state.webhooks;

  // Body `{event_type, ...ids}`; `?wait=1` answers after each callback's first attempt.
  r.post("/companies/:id/events", async (c) => {
    const companyId = c.req.param("id");
    if (!state.companies.has(companyId)) return c.json({ error: "company_not_found" }, 404);
    let raw: unknown;
    try {
      raw = JSON.parse((await c.req.text()) || "{}");
    } catch {
      return c.json({ error: "invalid_json" }, 400);
    }
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return c.json({ error: "invalid_body" }, 400);
    const { event_type: eventType, company_id: bodyCompany, ...ids } = raw as Record<string, unknown>;
    const bad = (message: string) => c.json({ error: "invalid_body", issues: [{ path: "", message }] }, 400);
    if (!isWebhookEventType(eventType)) return bad("event_type must be one of Remote's webhook event types");
    if (bodyCompany !== undefined && bodyCompany !== companyId) return bad("company_id is taken from the path");
    for (const [k, v] of Object.entries(ids)) {
      if (!ID_FIELD.test(k) || (typeof v !== "string" && typeof v !== "number")) return bad(`${k}: resource ids must be strings or numbers`);
    }
    const now = clock.now();
    const event: WebhookEvent = {
      id: uuid(), companyId, eventType, firstTriggeredAt: now, lastTriggeredAt: now, successfullyDelivered: false,
      // Serialised once: every retry and replay sends exactly these bytes, as Remote does.
      body: JSON.stringify({ event_type: eventType, company_id: companyId, ...ids }),
    };
    store().events.push(event);
    const { callbacks, firstAttempts } = deps.webhooks.send(event, "emit");
    const wait = c.req.query("wait");
    if (wait === "1" || wait === "true") await firstAttempts;
    return c.json({ event: { ...eventView(event), body: event.body }, callbacks }, 201);
  });

  r.get("/webhook-events", (c) => c.json(store().events.map((e) => ({ ...eventView(e), body: e.body }))));

  // Signing keys stay out: tests get them from the create answer, like a partner does.
  r.get("/webhook-callbacks", (c) => c.json([...store().callbacks.values()].map((cb) => ({
    id: cb.id, company_id: cb.companyId, client_id: cb.clientId, url: cb.url, subscribed_events: cb.subscribedEvents,
    subscribe_to_all_events: cb.subscribeToAllEvents, created_at: new Date(cb.createdAt).toISOString(),
  }))));

  r.get("/webhook-deliveries", (c) => {
    const q = c.req.query();
    return c.json(store().deliveries.filter((d) =>
      (q.event_id === undefined || d.event_id === q.event_id) && (q.callback_id === undefined || d.callback_id === q.callback_id)));
  });
  r.delete("/webhook-deliveries", (c) => {
    store().deliveries = [];
    return c.json({ ok: true });
  });

  return r;
}
