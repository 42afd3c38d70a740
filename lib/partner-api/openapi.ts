import "server-only";
import { z, type ZodType } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { API_ERROR_STATUS, type ApiErrorCode } from "./problem";
import { commonHeaders, errorEnvelope, OwnErrorHeader, RetryAfterHeader, WwwAuthenticateHeader } from "./contract/common";
import { WEBHOOK_EVENTS, WebhookIdHeader, WebhookSignatureHeader, WebhookTimestampHeader } from "./contract/events";
import { OPERATIONS, type Operation } from "./contract/operations";

export const OPENAPI_VERSION = "1.0.0";

/** The proxy stands in for Remote, whose answer to "too many calls" is 429 (lib/proxy/errors.ts). */
export function errorStatus(code: ApiErrorCode, proxy = false): number {
  return proxy && code === "rate_limited" ? 429 : API_ERROR_STATUS[code];
}

const EXAMPLE_MESSAGES: Record<ApiErrorCode, string> = {
  unauthorized: "Send a valid API key as 'Authorization: Bearer rck_…'.",
  forbidden: "This API key is limited to connections whose external id starts with 'shop-'.",
  insufficient_scope: "This API key lacks the scope 'tokens:issue'.",
  magic_links_not_enabled: "Remote has not enabled magic links for this integration (they are off by default).",
  not_found: "No connection with this id.",
  invalid_request: "page_size: Too big: expected number to be <=200",
  invalid_url: "The URL must use https.",
  invalid_events: 'Unknown event type "connection.exploded".',
  limit_reached: "At most 10 webhook endpoints.",
  endpoint_disabled: "This endpoint is disabled; enable it in the console first.",
  payload_too_large: "The request body is larger than 64 KB.",
  disconnected: "This company has been disconnected.",
  needs_reconnect: "Remote no longer accepts this company's consent; a company admin must reconnect.",
  not_subscribed: "Remote's webhooks are not subscribed for this company yet.",
  too_many_requests: "This API key made more than 600 requests in a minute; retry after the Retry-After delay.",
  temporarily_unavailable: "The service is briefly unavailable; retry after the Retry-After delay.",
  rate_limited: "Remote is rate-limiting requests; retry after the Retry-After delay.",
  misconfigured: "Remote refused this service's client credentials; an administrator must fix REMOTE_CLIENT_SECRET.",
  internal_error: "Something went wrong; the error was logged under this request_id.",
};

const SCOPE_TEXT = (o: Operation) =>
  o.scope ? `**Scope:** \`${o.scope}\`${o.browserSession ? " (or a browser session `rcs_…` minted for this connection)" : ""}.` : "**No API key needed.**";

type ResponseObject = ZodOpenApiResponsesObject[`4${string}`];

/** zod-openapi registers a response id once: the same object must come back for the same id. */
function shared(cache: Map<string, ResponseObject>, id: string, make: () => ResponseObject): ResponseObject {
  if (!cache.has(id)) cache.set(id, { id, ...make() });
  return cache.get(id)!;
}

function errorResponses(o: Operation, cache: Map<string, ResponseObject>): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of o.errors) {
    const status = errorStatus(code, o.proxy);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: ZodOpenApiResponsesObject = {};
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    const headers: Record<string, ZodType> = o.scope ? { ...commonHeaders } : { "X-Request-Id": commonHeaders["X-Request-Id"] };
    if (status === 429 || status === 503) headers["Retry-After"] = RetryAfterHeader;
    if (status === 401) headers["WWW-Authenticate"] = WwwAuthenticateHeader;
    if (o.proxy || o.method === "options") headers["x-remote-connect-error"] = OwnErrorHeader;
    const examples = Object.fromEntries(codes.map((code) => [code, { summary: code, value: { error: { code, message: EXAMPLE_MESSAGES[code], request_id: "3f2a9c0d1e4b5a67" } } }]));
    const remote = o.proxy ? " When `x-remote-connect-error` is absent, this status is Remote's own answer, passed on unchanged." : "";
    // Registered once and referenced: the proxy's five methods (and many routes) share them.
    out[String(status) as `4${string}`] = shared(cache, `${o.proxy ? "ProxyError" : o.scope ? "Error" : "PublicError"}${status}-${codes.join("-")}`, () => ({
      description: `${codes.map((c) => `\`${c}\``).join(", ")}.${remote}`,
      headers: z.object(headers),
      content: { "application/json": { schema: errorEnvelope(codes), examples } },
    }));
  }
  return out;
}

function operation(o: Operation, cache: Map<string, ResponseObject>): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const s of o.success) {
    const headers: Record<string, ZodType> = o.scope ? { ...commonHeaders, ...s.headers } : { ...s.headers };
    responses[String(s.status) as `2${string}`] = {
      description: s.description,
      ...(Object.keys(headers).length ? { headers: z.object(headers) } : {}),
      ...(s.schema ? { content: { "application/json": { schema: s.schema } } } : s.anyBody ? { content: { "*/*": { schema: {} } } } : {}),
    };
  }
  if (o.proxy) responses.default = shared(cache, "RemoteAnswer", () => ({ description: "Remote's answer with any other status, passed on unchanged (no `x-remote-connect-error`).", content: { "*/*": { schema: {} } } }));
  const security: Record<string, string[]>[] = o.scope ? [{ apiKey: [o.scope] }, ...(o.browserSession ? [{ browserSession: [] }] : [])] : [];
  return {
    operationId: o.id,
    tags: [o.tag],
    summary: o.summary,
    description: [o.description, SCOPE_TEXT(o)].filter(Boolean).join("\n\n"),
    security,
    ...(o.params || o.query ? { requestParams: { ...(o.params ? { path: o.params as z.ZodObject } : {}), ...(o.query ? { query: o.query as z.ZodObject } : {}) } } : {}),
    ...(o.body ? { requestBody: { required: !o.body.safeParse({}).success, content: { "application/json": { schema: o.body } } } } : {}),
    responses: { ...responses, ...errorResponses(o, cache) },
    ...(o.scope ? { "x-scope": o.scope } : {}),
    ...(o.proxy ? { "x-passes-remote-answers": true } : {}),
  };
}

function webhooks(): ZodOpenApiPathsObject {
  const headers = z.object({ "webhook-id": WebhookIdHeader, "webhook-timestamp": WebhookTimestampHeader, "webhook-signature": WebhookSignatureHeader });
  return Object.fromEntries(
    WEBHOOK_EVENTS.map(({ name, schema }) => [
      name,
      {
        post: {
          operationId: `webhook_${name.replace(/[^a-z0-9]+/gi, "_")}`,
          tags: ["Webhooks"],
          summary: name === "remote.*" ? "Remote's webhooks, relayed (`remote.<Remote's event_type>`)" : `\`${name}\``,
          description: "POSTed to each subscribed endpoint, signed per Standard Webhooks (verify with the `standardwebhooks` library and the endpoint's `whsec_…` secret). Retried with backoff until a 2xx; dedupe on `webhook-id`.",
          requestParams: { header: headers },
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: { "200": { description: "Any 2xx acknowledges the delivery." }, default: { description: "Anything else (or no answer within the timeout) is retried later." } },
        },
      },
    ]),
  );
}

const sortKeys = <T extends object>(o: T | undefined): T | undefined => o && (Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T);

/** The OpenAPI 3.1 document of the partner API, built from the zod contract the routes validate with. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  const cache = new Map<string, ResponseObject>();
  for (const o of OPERATIONS) paths[o.path] = { ...paths[o.path], [o.method]: operation(o, cache) };
  const doc = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Remote Connect partner API",
      version: OPENAPI_VERSION,
      description:
        "OAuth consent and token service for partners of the Remote API. Authenticate with an API key (`Authorization: Bearer rck_…`); each key holds scopes, " +
        "and every operation names the one it needs. Every error is `{ error: { code, message, request_id } }`; `X-Request-Id` is on every answer.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This Remote Connect deployment" }],
    tags: [
      { name: "Connections", description: "Companies that consented, and importing ones you already hold tokens for." },
      { name: "Tokens", description: "Access tokens, browser sessions for remote-flows, magic links." },
      { name: "Links", description: "Links to send to a company admin." },
      { name: "Remote events", description: "Remote's own webhooks for a company, as received." },
      { name: "Webhook endpoints", description: "Where we POST events (see `webhooks`)." },
      { name: "Proxy", description: "Remote's API through Remote Connect, tokens added." },
      { name: "Meta", description: "This document." },
      { name: "Webhooks", description: "Events delivered to your endpoints." },
    ],
    paths,
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", bearerFormat: "rck_…", description: "An API key (`rck_…`), created in the console or with `npm run api-keys:create`. Its scopes are listed in each operation's security requirement." },
        browserSession: { type: "http", scheme: "bearer", bearerFormat: "rcs_…", description: "A browser session (`rcs_…`) from POST /api/v1/connections/{id}/browser-sessions: GET on that connection's proxy only." },
      },
    },
  });
  if (doc.components) {
    doc.components.schemas = sortKeys(doc.components.schemas);
    doc.components.headers = sortKeys(doc.components.headers);
    doc.components.responses = sortKeys(doc.components.responses);
  }
  return doc;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
