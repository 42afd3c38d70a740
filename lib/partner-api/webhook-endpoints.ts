import "server-only";
import type { z } from "zod";
import type { WebhookEndpoint } from "./contract/webhook-endpoints";
import { WebhookEndpointError, type WebhookEndpointView } from "../webhooks/endpoints";
import { ApiProblem, type ApiErrorCode } from "./respond";

/** The partner-facing shape of an endpoint: snake_case, ISO dates, never a secret. */
export function endpointJson(e: WebhookEndpointView): z.infer<typeof WebhookEndpoint> {
  const iso = (d: Date | null) => d && d.toISOString();
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    created_at: e.createdAt.toISOString(),
    disabled_at: iso(e.disabledAt),
    disabled_reason: e.disabledReason,
    failing_since: iso(e.failingSince),
    last_success_at: iso(e.lastSuccessAt),
    previous_secret_expires_at: iso(e.previousSecretExpiresAt),
  };
}

export const endpointNotFound = () => new ApiProblem("not_found", "No webhook endpoint with this id.");

const CODES: Record<WebhookEndpointError["code"], ApiErrorCode> = {
  invalid_url: "invalid_url",
  invalid_events: "invalid_events",
  invalid_description: "invalid_request",
  endpoint_limit_reached: "limit_reached",
  endpoint_disabled: "endpoint_disabled",
};

/** Runs a service call, turning its user-fixable errors into the documented JSON errors. */
export async function endpointCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof WebhookEndpointError) throw new ApiProblem(CODES[e.code], e.message);
    throw e;
  }
}
