import { Hono, type Context } from "hono";
import { opaqueToken, uuid } from "../ids";
import { readBody } from "../http/body";
import type { AppEnv, Deps } from "../http/context";
import { forbidden, notFound, validationFailed, type FieldErrors } from "../http/errors";
import { isWebhookEventType } from "../webhooks/event-types";
import type { WebhookCallback } from "../webhooks/store";

/** The public shape; `signing_key` is added by create only (Remote shows it once). */
export const callbackView = (cb: WebhookCallback) => ({
  id: cb.id, url: cb.url, subscribed_events: [...cb.subscribedEvents], subscribe_to_all_events: cb.subscribeToAllEvents,
});

const MAX_URL = 2000;

function checkUrl(raw: unknown, errors: FieldErrors): string | undefined {
  if (typeof raw !== "string" || raw.trim() === "") {
    errors.url = ["can't be blank"];
    return undefined;
  }
  try {
    const u = new URL(raw);
    if ((u.protocol === "http:" || u.protocol === "https:") && raw.length <= MAX_URL) return raw;
  } catch {
    // falls through to the error below
  }
  errors.url = ["has invalid format"];
  return undefined;
}

type Subscription = { subscribedEvents: string[]; subscribeToAllEvents: boolean };

/** `subscribed_events` xor `subscribe_to_all_events: true`; undefined when neither is given. */
function checkEvents(body: Record<string, unknown>, errors: FieldErrors): Subscription | undefined {
  const list = body.subscribed_events;
  const all = body.subscribe_to_all_events;
  if (all !== undefined && typeof all !== "boolean") errors.subscribe_to_all_events = ["is invalid"];
  if (list !== undefined && all === true) {
    errors.subscribed_events = ["cannot be combined with subscribe_to_all_events"];
    return undefined;
  }
  if (all === true) return { subscribedEvents: [], subscribeToAllEvents: true };
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.length === 0 || !list.every((t) => typeof t === "string")) {
    errors.subscribed_events = ["must be a non-empty list of event types"];
    return undefined;
  }
  const unknown = list.filter((t) => !isWebhookEventType(t));
  if (unknown.length) {
    errors.subscribed_events = [`contains unknown event types: ${unknown.join(", ")}`];
    return undefined;
  }
  return { subscribedEvents: [...new Set(list as string[])], subscribeToAllEvents: false };
}

export function webhookCallbackRoutes(deps: Deps) {
  const { state, clock } = deps;
  const r = new Hono<AppEnv>();
  const invalid = (c: Context<AppEnv>, errors: FieldErrors) => validationFailed(c, errors, state.config.validation_error_shape);

  // Subscriptions are per company: only a company-scoped token can manage them.
  r.use("*", async (c, next) => {
    if (c.get("auth").kind !== "company") return forbidden(c);
    await next();
  });

  const owned = (c: Context<AppEnv>): WebhookCallback | undefined => {
    const auth = c.get("auth");
    const cb = state.webhooks.callbacks.get(c.req.param("id") ?? "");
    return cb && cb.companyId === auth.companyId && cb.clientId === auth.clientId ? cb : undefined;
  };

  r.post("/", async (c) => {
    const body = await readBody(c);
    if (!body.ok) return c.json({ message: body.reason }, 400);
    const errors: FieldErrors = {};
    const url = checkUrl(body.data.url, errors);
    const subscription = checkEvents(body.data, errors);
    if (!subscription && !errors.subscribed_events && !errors.subscribe_to_all_events) {
      errors.subscribed_events = ["can't be blank unless subscribe_to_all_events is true"];
    }
    if (Object.keys(errors).length || !url || !subscription) return invalid(c, errors);
    const auth = c.get("auth");
    const cb: WebhookCallback = {
      id: uuid(), companyId: auth.companyId!, clientId: auth.clientId, url, ...subscription,
      signingKey: opaqueToken(32), createdAt: clock.now(),
    };
    state.webhooks.callbacks.set(cb.id, cb);
    return c.json({ data: { webhook_callback: { ...callbackView(cb), signing_key: cb.signingKey } } }, 201);
  });

  r.get("/", (c) => {
    const auth = c.get("auth");
    return c.json({ data: state.webhooks.callbacksFor(auth.companyId!, auth.clientId).map(callbackView) }, 200);
  });

  r.patch("/:id", async (c) => {
    const cb = owned(c);
    if (!cb) return notFound(c, "Webhook callback not found");
    const body = await readBody(c);
    if (!body.ok) return c.json({ message: body.reason }, 400);
    const errors: FieldErrors = {};
    const url = body.data.url === undefined ? cb.url : checkUrl(body.data.url, errors);
    const subscription = checkEvents(body.data, errors);
    if (body.data.subscribe_to_all_events === false && !subscription && !errors.subscribed_events) {
      errors.subscribed_events = ["can't be blank unless subscribe_to_all_events is true"];
    }
    if (Object.keys(errors).length || !url) return invalid(c, errors);
    cb.url = url;
    if (subscription) Object.assign(cb, subscription);
    return c.json({ data: { webhook_callback: callbackView(cb) } }, 200);
  });

  r.delete("/:id", (c) => {
    const cb = owned(c);
    if (!cb) return notFound(c, "Webhook callback not found");
    state.webhooks.callbacks.delete(cb.id);
    return c.json({ data: { webhook_callback: callbackView(cb) } }, 200);
  });

  return r;
}
