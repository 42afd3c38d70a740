import "server-only";
import { getEnv } from "../env";
import { ALL_REMOTE_EVENTS, CONNECTION_EVENT_TYPES, REMOTE_EVENT_TYPES } from "../events/catalogue";
import { guardWebhookUrl, type GuardOptions } from "./url-guard";

/** Long enough for any real receiver URL with a routing token in it; short enough to show in a table. */
export const MAX_URL_LENGTH = 2048;
export const MAX_DESCRIPTION_LENGTH = 500;
/** Every endpoint gets every event: past a handful the fan-out costs more than it helps anyone. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

export type WebhookEndpointErrorCode = "invalid_url" | "invalid_events" | "invalid_description" | "endpoint_limit_reached" | "endpoint_disabled";

/** A mistake the caller can fix; `message` is a plain sentence to show as is. */
export class WebhookEndpointError extends Error {
  constructor(
    readonly code: WebhookEndpointErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WebhookEndpointError";
  }
}

/** The URL as it will be stored, after the SSRF guard (scheme, credentials, every resolved address). */
export async function checkEndpointUrl(raw: string, opts: GuardOptions & { timeoutMs?: number } = {}): Promise<string> {
  const url = raw.trim();
  if (!url) throw new WebhookEndpointError("invalid_url", "Enter the URL that should receive the webhooks.");
  if (url.length > MAX_URL_LENGTH) throw new WebhookEndpointError("invalid_url", `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  // A resolver that hangs must not hold the request (or the console form) for minutes.
  const timeoutMs = opts.timeoutMs ?? getEnv().WEBHOOK_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const verdict = await Promise.race([
    guardWebhookUrl(url, opts),
    new Promise<null>((r) => (timer = setTimeout(() => r(null), timeoutMs))),
  ]).finally(() => clearTimeout(timer));
  if (!verdict) throw new WebhookEndpointError("invalid_url", `The URL's host did not resolve within ${timeoutMs / 1000} s; check it and try again.`);
  if (!verdict.ok) throw new WebhookEndpointError("invalid_url", urlMessage(verdict.reason));
  return verdict.url.toString();
}

/** The guard's reasons continue "The URL …"; two read better on their own. */
function urlMessage(reason: string): string {
  if (reason === "is not a valid URL") return "This is not a valid URL; enter a full address such as https://example.com/webhooks.";
  if (reason.startsWith("host ")) return `The URL's ${reason}.`;
  return `The URL ${reason}.`;
}

/**
 * null (or omitted) subscribes to every event; a list must name known types only: connection events,
 * relayed Remote events as `remote.<Remote's event type>`, or `remote.*` for all of those.
 */
export function checkEndpointEvents(events: readonly string[] | null | undefined): string[] | null {
  if (events === null || events === undefined) return null;
  const valid: readonly string[] = [...CONNECTION_EVENT_TYPES, ALL_REMOTE_EVENTS, ...REMOTE_EVENT_TYPES];
  if (events.length === 0) {
    throw new WebhookEndpointError("invalid_events", "Choose at least one event type, or leave events out to receive every event.");
  }
  const unknown = [...new Set(events.filter((e) => !valid.includes(e)))];
  if (unknown.length > 0) {
    // Remote's 112 types would drown the message: they are named by their pattern.
    throw new WebhookEndpointError(
      "invalid_events",
      `Unknown event type${unknown.length > 1 ? "s" : ""} ${unknown.map((e) => JSON.stringify(e)).join(", ")}; valid types are ${CONNECTION_EVENT_TYPES.join(", ")}, ${ALL_REMOTE_EVENTS}, and remote.<Remote's event type> such as remote.payslip.released.`,
    );
  }
  // Catalogue order, duplicates dropped: the stored list reads the same however it was sent.
  return valid.filter((e) => events.includes(e));
}

export function checkEndpointDescription(description: string | null | undefined): string | null {
  const d = description?.trim();
  if (!d) return null;
  if (d.length > MAX_DESCRIPTION_LENGTH) {
    throw new WebhookEndpointError("invalid_description", `The description is longer than ${MAX_DESCRIPTION_LENGTH} characters.`);
  }
  return d;
}
