import "server-only";
import { apiUrl } from "./gateway";
import { fetchRemote } from "./http";
import { RemoteError } from "./errors";

// Remote's company-scoped webhook API (remote-api.md §9). Every call takes that company's access
// token: Remote has no partner-level subscriptions.

/** "all" = subscribe_to_all_events; otherwise the listed event types. */
export type CallbackEvents = "all" | readonly string[];

export type RemoteWebhookCallback = { id: string; url: string; subscribedEvents: string[]; subscribeToAllEvents: boolean };

export type CallOptions = { signal?: AbortSignal };

function headers(accessToken: string, json = false): HeadersInit {
  return { authorization: `Bearer ${accessToken}`, accept: "application/json", ...(json ? { "content-type": "application/json" } : {}) };
}

/** Remote's two forms are mutually exclusive. */
function eventsBody(events: CallbackEvents): Record<string, unknown> {
  return events === "all" ? { subscribe_to_all_events: true } : { subscribed_events: [...events] };
}

function callbackFrom(body: unknown): RemoteWebhookCallback & { signingKey?: string } {
  const data = (body as { data?: { webhook_callback?: Record<string, unknown> } } | undefined)?.data;
  const cb = data?.webhook_callback ?? (data as Record<string, unknown> | undefined);
  if (!cb || typeof cb.id !== "string" || !cb.id) throw new RemoteError("unavailable", "Remote's webhook callback reply has no id");
  return {
    id: cb.id,
    url: typeof cb.url === "string" ? cb.url : "",
    subscribedEvents: Array.isArray(cb.subscribed_events) ? cb.subscribed_events.filter((e): e is string => typeof e === "string") : [],
    subscribeToAllEvents: cb.subscribe_to_all_events === true,
    signingKey: typeof cb.signing_key === "string" && cb.signing_key ? cb.signing_key : undefined,
  };
}

/** POST /v1/webhook-callbacks. The signing key is in this answer only: the caller must keep it. */
export async function createWebhookCallback(
  accessToken: string,
  input: { url: string; events: CallbackEvents },
  opts: CallOptions = {},
): Promise<RemoteWebhookCallback & { signingKey: string }> {
  const r = await fetchRemote(apiUrl("/webhook-callbacks"), {
    method: "POST",
    headers: headers(accessToken, true),
    body: JSON.stringify({ url: input.url, ...eventsBody(input.events) }),
    signal: opts.signal,
  });
  const cb = callbackFrom(r.body);
  if (!cb.signingKey) throw new RemoteError("unavailable", "Remote created the webhook callback without a signing key");
  return { ...cb, signingKey: cb.signingKey };
}

/** PATCH /v1/webhook-callbacks/{id} (flat body). A callback Remote no longer has is a RemoteError not_found. */
export async function updateWebhookCallback(
  accessToken: string,
  id: string,
  input: { url?: string; events?: CallbackEvents },
  opts: CallOptions = {},
): Promise<RemoteWebhookCallback> {
  const body = { ...(input.url ? { url: input.url } : {}), ...(input.events ? eventsBody(input.events) : {}) };
  const r = await fetchRemote(apiUrl(`/webhook-callbacks/${encodeURIComponent(id)}`), {
    method: "PATCH",
    headers: headers(accessToken, true),
    body: JSON.stringify(body),
    signal: opts.signal,
  });
  const { signingKey: _never, ...cb } = callbackFrom(r.body);
  return cb;
}

/** DELETE /v1/webhook-callbacks/{id}; true if Remote deleted it, false if it had no such callback. */
export async function deleteWebhookCallback(accessToken: string, id: string, opts: CallOptions = {}): Promise<boolean> {
  try {
    await fetchRemote(apiUrl(`/webhook-callbacks/${encodeURIComponent(id)}`), { method: "DELETE", headers: headers(accessToken), signal: opts.signal });
    return true;
  } catch (e) {
    if (e instanceof RemoteError && e.kind === "not_found") return false;
    throw e;
  }
}

export async function listWebhookCallbacks(accessToken: string, opts: CallOptions = {}): Promise<RemoteWebhookCallback[]> {
  const r = await fetchRemote(apiUrl("/webhook-callbacks"), { headers: headers(accessToken), signal: opts.signal });
  const list = (r.body as { data?: unknown })?.data;
  return Array.isArray(list) ? list.map((cb) => callbackFrom({ data: { webhook_callback: cb } })) : [];
}

/** POST /v1/webhook-events/replay for a window of one company's events: Remote re-sends them with their original bodies. */
export async function replayWebhookEvents(
  accessToken: string,
  input: { after: Date; before: Date; companyId: string; eventType?: string },
  opts: CallOptions = {},
): Promise<void> {
  const body = { after: input.after.toISOString(), before: input.before.toISOString(), company_id: input.companyId, ...(input.eventType ? { event_type: input.eventType } : {}) };
  await fetchRemote(apiUrl("/webhook-events/replay"), { method: "POST", headers: headers(accessToken, true), body: JSON.stringify(body), signal: opts.signal });
}
