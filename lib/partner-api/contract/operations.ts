// Every partner API operation: path template, method, scope, inputs, answers and the error codes it can give.
// The OpenAPI document (lib/partner-api/openapi.ts) and the docs page are built from this table.
import type { ZodType } from "zod";
import type { ApiScope } from "../../api-keys/scopes";
import type { ApiErrorCode } from "../problem";
import { ConnectionIdParams, EndpointIdParams } from "./common";
import * as C from "./connections";
import { ImportRequest, ImportResponse } from "./import";
import * as L from "./links";
import * as R from "./remote-events";
import * as W from "./webhook-endpoints";
import { ProxyPathParams, PartnerProxyPathParams } from "./proxy";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete" | "options";

export type Operation = {
  id: string;
  method: HttpMethod;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** null: no API key (public document, CORS preflight). */
  scope: ApiScope | null;
  /** The connection proxy also takes a browser session (`rcs_…`). */
  browserSession?: boolean;
  params?: ZodType;
  query?: ZodType;
  body?: ZodType;
  success: { status: number; description: string; schema?: ZodType; headers?: Record<string, ZodType>; anyBody?: boolean }[];
  errors: ApiErrorCode[];
  /** Passes Remote's answers on: only answers carrying x-remote-connect-error are ours. */
  proxy?: boolean;
};

// Every withApiKey route can answer these (key check, policy, a busy database, a bug).
const BASE: ApiErrorCode[] = ["unauthorized", "insufficient_scope", "too_many_requests", "temporarily_unavailable", "internal_error"];
const BODY: ApiErrorCode[] = ["invalid_request", "payload_too_large"];
const TOKEN: ApiErrorCode[] = ["not_found", "disconnected", "needs_reconnect", "rate_limited", "misconfigured"];

const op = (o: Omit<Operation, "errors"> & { errors?: ApiErrorCode[] }): Operation => ({ ...o, errors: [...new Set([...BASE, ...(o.errors ?? [])])] });

const PROXY_METHODS = ["get", "post", "put", "patch", "delete"] as const;
const PROXY_ERRORS: ApiErrorCode[] = ["forbidden", "not_found", "invalid_request", "payload_too_large", "disconnected", "needs_reconnect", "rate_limited", "misconfigured"];

export const OPERATIONS: Operation[] = [
  op({ id: "listConnections", method: "get", path: "/api/v1/connections", tag: "Connections", scope: "connections:read", summary: "List connections", description: "Filter by status, external_id, remote_company_id; paginated; never tokens. A key limited to an external-id prefix sees only those connections.", query: C.ListConnectionsQuery, success: [{ status: 200, description: "A page of connections.", schema: C.ConnectionList }], errors: ["invalid_request"] }),
  op({ id: "importConnections", method: "post", path: "/api/v1/connections/import", tag: "Connections", scope: "connections:write", summary: "Import existing refresh tokens", description: "Moves connections your own integration already holds in, without asking customers to consent again. Idempotent.", body: ImportRequest, success: [{ status: 200, description: "One result per token.", schema: ImportResponse }], errors: [...BODY] }),
  op({ id: "getConnection", method: "get", path: "/api/v1/connections/{id}", tag: "Connections", scope: "connections:read", summary: "Get a connection", params: ConnectionIdParams, success: [{ status: 200, description: "The connection.", schema: C.ConnectionEnvelope }], errors: ["not_found"] }),
  op({ id: "disconnectConnection", method: "delete", path: "/api/v1/connections/{id}", tag: "Connections", scope: "connections:write", summary: "Disconnect a company", description: "Tokens erased, audit event, `connection.disconnected` webhook. Idempotent.", params: ConnectionIdParams, success: [{ status: 200, description: "The connection as it is now.", schema: C.DisconnectedConnection }], errors: ["not_found"] }),
  op({ id: "getAccessToken", method: "post", path: "/api/v1/connections/{id}/access-token", tag: "Tokens", scope: "tokens:issue", summary: "Get a company access token", description: "A token with enough life left, refreshed once for all callers when needed. Send `rejected_token` when Remote answered 401 to it.", params: ConnectionIdParams, body: C.AccessTokenRequest, success: [{ status: 200, description: "A usable access token.", schema: C.AccessToken }], errors: [...BODY, ...TOKEN] }),
  op({ id: "createBrowserSession", method: "post", path: "/api/v1/connections/{id}/browser-sessions", tag: "Tokens", scope: "tokens:issue", summary: "Mint a browser session for remote-flows", description: "A 15-minute, GET-only token (`rcs_…`) for this connection's proxy, usable from one origin.", params: ConnectionIdParams, body: C.BrowserSessionRequest, success: [{ status: 201, description: "The session; the token is in this answer only.", schema: C.BrowserSession }], errors: [...BODY, "not_found", "disconnected", "needs_reconnect"] }),
  op({ id: "createMagicLink", method: "post", path: "/api/v1/connections/{id}/magic-links", tag: "Tokens", scope: "tokens:issue", summary: "Create a Remote magic link", description: "A Remote sign-in link for a company admin (user_id) or employee (employment_id); never logged or stored.", params: ConnectionIdParams, body: C.MagicLinkRequest, success: [{ status: 201, description: "The link.", schema: C.MagicLink }], errors: [...BODY, ...TOKEN, "magic_links_not_enabled"] }),
  op({ id: "listRemoteEvents", method: "get", path: "/api/v1/connections/{id}/remote-events", tag: "Remote events", scope: "connections:read", summary: "List Remote's webhooks received for a company", description: "Newest first.", params: ConnectionIdParams, query: R.ListRemoteEventsQuery, success: [{ status: 200, description: "A page of received events.", schema: R.RemoteEventList }], errors: ["invalid_request", "not_found", "disconnected", "not_subscribed", "rate_limited"] }),
  op({ id: "replayRemoteEvents", method: "post", path: "/api/v1/connections/{id}/remote-events/replay", tag: "Remote events", scope: "webhooks:manage", summary: "Ask Remote to send a window of webhooks again", description: "What was already received is dropped on arrival.", params: ConnectionIdParams, body: R.ReplayRequest, success: [{ status: 202, description: "Remote accepted the replay request.", schema: R.ReplayAccepted }], errors: [...BODY, "not_found", "disconnected", "not_subscribed", "rate_limited"] }),
  op({ id: "createConnectLink", method: "post", path: "/api/v1/connect-links", tag: "Links", scope: "connections:write", summary: "Create a connect link", description: "A single-use link to send to a company admin, who consents for their Remote company.", body: L.ConnectLinkRequest, success: [{ status: 201, description: "The link.", schema: L.ConnectLink }], errors: [...BODY] }),
  op({ id: "createCreateCompanyLink", method: "post", path: "/api/v1/create-company-links", tag: "Links", scope: "connections:write", summary: "Create a create-company link", description: "A single-use, prefilled invitation to create a Remote company (connected on completion).", body: L.CreateCompanyLinkRequest, success: [{ status: 201, description: "The link.", schema: L.CreateCompanyLink }], errors: [...BODY] }),
  op({ id: "listWebhookEndpoints", method: "get", path: "/api/v1/webhook-endpoints", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "List webhook endpoints", success: [{ status: 200, description: "Every endpoint with its status; never a secret.", schema: W.WebhookEndpointList }] }),
  op({ id: "createWebhookEndpoint", method: "post", path: "/api/v1/webhook-endpoints", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "Register a webhook endpoint", description: "The signing secret is in this answer only.", body: W.CreateWebhookEndpointRequest, success: [{ status: 201, description: "The endpoint and its secret.", schema: W.CreatedWebhookEndpoint }], errors: [...BODY, "invalid_url", "invalid_events", "limit_reached"] }),
  op({ id: "getWebhookEndpoint", method: "get", path: "/api/v1/webhook-endpoints/{id}", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "Get a webhook endpoint", params: EndpointIdParams, success: [{ status: 200, description: "The endpoint.", schema: W.WebhookEndpointEnvelope }], errors: ["not_found"] }),
  op({ id: "deleteWebhookEndpoint", method: "delete", path: "/api/v1/webhook-endpoints/{id}", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "Delete a webhook endpoint", description: "Stops deliveries and removes their history.", params: EndpointIdParams, success: [{ status: 204, description: "Deleted." }], errors: ["not_found"] }),
  op({ id: "rotateWebhookSecret", method: "post", path: "/api/v1/webhook-endpoints/{id}/rotate-secret", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "Rotate an endpoint's signing secret", description: "The old secret still signs (a second signature) for 24 hours.", params: EndpointIdParams, success: [{ status: 200, description: "The new secret; in this answer only.", schema: W.RotatedSecret }], errors: ["not_found"] }),
  op({ id: "testWebhookEndpoint", method: "post", path: "/api/v1/webhook-endpoints/{id}/test", tag: "Webhook endpoints", scope: "webhooks:manage", summary: "Send a test ping", description: "Queues a signed `ping` to this endpoint only.", params: EndpointIdParams, success: [{ status: 202, description: "Queued.", schema: W.WebhookTestQueued }], errors: ["not_found", "endpoint_disabled"] }),
  ...PROXY_METHODS.map((method) =>
    op({ id: `connectionProxy_${method}`, method, path: "/api/v1/connections/{id}/remote/{path}", tag: "Proxy", scope: "proxy", browserSession: method === "get", proxy: true, summary: `Remote's API for one company (${method.toUpperCase()})`, description: "Forwards to Remote's gateway with the company's access token (refreshed, and retried once on a 401). Remote's answer is passed on as is; answers Remote Connect makes itself carry `x-remote-connect-error` and the error envelope. Also accepts a browser session (`Bearer rcs_…`, GET on remote-flows' paths only, from its origin).", params: ProxyPathParams, success: [{ status: 200, description: "Remote's answer, passed on (any status Remote gives).", anyBody: true }], errors: [...PROXY_ERRORS] }),
  ),
  { id: "connectionProxyPreflight", method: "options", path: "/api/v1/connections/{id}/remote/{path}", tag: "Proxy", scope: null, summary: "CORS preflight for a browser session", description: "No credentials: the Origin must belong to a live browser session of this connection, the method be GET.", params: ProxyPathParams, success: [{ status: 204, description: "Allowed; CORS headers follow." }], errors: ["forbidden"] },
  ...PROXY_METHODS.map((method) =>
    op({ id: `partnerProxy_${method}`, method, path: "/api/v1/remote/{path}", tag: "Proxy", scope: "proxy", proxy: true, summary: `Remote's partner-level API (${method.toUpperCase()})`, description: "Partner-level calls (countries, company creation) with the client-credentials token; API keys only. Remote's answer is passed on as is; answers Remote Connect makes itself carry `x-remote-connect-error`.", params: PartnerProxyPathParams, success: [{ status: 200, description: "Remote's answer, passed on (any status Remote gives).", anyBody: true }], errors: ["invalid_request", "payload_too_large", "rate_limited", "misconfigured", "not_found"] }),
  ),
  { id: "getOpenApiDocument", method: "get", path: "/api/v1/openapi.json", tag: "Meta", scope: null, summary: "This document", description: "Public: no key needed; cacheable.", success: [{ status: 200, description: "The OpenAPI 3.1 document.", anyBody: true }], errors: [] },
];
