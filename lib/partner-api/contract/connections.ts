// Connections: list, read, disconnect, access tokens, browser sessions, magic links.
import { z } from "zod";
import { CONNECTION_STATUSES } from "../../connections/statuses";
import { DateTime, Pagination, pageQuery } from "./common";

const nullableTime = DateTime.nullable();

export const Connection = z
  .object({
    id: z.string().meta({ example: "cmc1x2y3z0000abcd1234efgh" }),
    environment: z.string().meta({ description: "The Remote environment the connection belongs to.", example: "production" }),
    remote_company_id: z.string().meta({ example: "9c7b2c4e-0d0b-4c1a-9d55-0f4e1f0a6a11" }),
    company_name: z.string().meta({ example: "Acme Ltd" }),
    remote_user_id: z.string().nullable().meta({ description: "The Remote user who consented." }),
    external_id: z.string().nullable().meta({ description: "The partner's own id for this company.", example: "acct_42" }),
    status: z.enum(CONNECTION_STATUSES).meta({ description: "needs_reconnect: a company admin must consent again; refresh_failing: temporary trouble." }),
    status_reason: z.string().nullable().meta({ description: "Why it is in that status when that matters (e.g. invalid_scope); null otherwise." }),
    source: z.string().meta({ description: "consent | company_creation | import", example: "consent" }),
    connected_at: nullableTime,
    connected_by: z.string().nullable(),
    last_refresh_at: nullableTime,
    last_error: z
      .object({ code: z.string().meta({ example: "invalid_grant" }), message: z.string().nullable(), at: nullableTime })
      .strict()
      .nullable(),
    disconnected_at: nullableTime,
    created_at: nullableTime,
    updated_at: nullableTime,
  })
  .strict()
  .meta({ id: "Connection", description: "A company's connection: never a token." });

export const ListConnectionsQuery = z.object({
  status: z.enum(CONNECTION_STATUSES).optional().meta({ description: "Only connections in this status." }),
  external_id: z.string().min(1).max(200).optional().meta({ description: "Only the connection(s) with this external id.", example: "acct_42" }),
  remote_company_id: z.string().min(1).max(100).optional().meta({ description: "Only the connection of this Remote company." }),
  ...pageQuery,
});

export const ConnectionList = z.object({ data: z.array(Connection), pagination: Pagination }).strict().meta({ id: "ConnectionList" });
export const ConnectionEnvelope = z.object({ data: Connection }).strict().meta({ id: "ConnectionResponse" });
export const DisconnectedConnection = z
  .object({ data: Connection.nullable() })
  .strict()
  .meta({ id: "DisconnectResponse", description: "The connection as it is now (status disconnected, tokens erased)." });

// Optional: a token Remote answered 401 to (revoked by Remote, e.g. after a client-secret rotation).
// If it is still the stored one it is replaced, once for all callers; otherwise the newer one is returned.
export const AccessTokenRequest = z
  .object({ rejected_token: z.string().min(1).max(4096).optional().meta({ description: "An access token Remote answered 401 to; a fresh one replaces it once for all callers." }) })
  .strict()
  .meta({ id: "AccessTokenRequest" });

export const AccessToken = z
  .object({
    access_token: z.string().meta({ description: "The company's Remote access token. Never log it.", example: "eyJhbGciOi…" }),
    token_type: z.string().meta({ example: "Bearer" }),
    expires_at: DateTime,
    expires_in: z.number().int().min(0).meta({ description: "Seconds left (remote-flows' `auth` callback wants this).", example: 3540 }),
    remote_company_id: z.string().meta({ example: "9c7b2c4e-0d0b-4c1a-9d55-0f4e1f0a6a11" }),
  })
  .strict()
  .meta({ id: "AccessToken" });

export const BrowserSessionRequest = z
  .object({ allowed_origin: z.string().min(1).max(300).meta({ description: "The exact origin of the partner page (https unless in emulator mode).", example: "https://app.example.com" }) })
  .strict()
  .meta({ id: "BrowserSessionRequest" });

export const BrowserSession = z
  .object({
    token: z.string().meta({ description: "`rcs_…`: GET-only, this connection's proxy only, from allowed_origin only; 15 minutes.", example: "rcs_…" }),
    expires_at: DateTime,
    proxy_url: z.string().meta({ example: "https://connect.example.com/api/v1/connections/cmc1x2y3z0000abcd1234efgh/remote" }),
  })
  .strict()
  .meta({ id: "BrowserSession" });

const RemoteId = z.string().trim().min(1).max(100);
export const MagicLinkRequest = z
  .object({
    user_id: RemoteId.optional().meta({ description: "A company admin's Remote user id (exactly one of user_id, employment_id)." }),
    employment_id: RemoteId.optional().meta({ description: "An employee's Remote employment id." }),
    path: z.string().max(4000).optional().meta({ description: "Where in Remote the link lands.", example: "/dashboard" }),
  })
  .strict()
  .meta({ id: "MagicLinkRequest", example: { employment_id: "0d6c…" } });

export const MagicLink = z
  .object({ url: z.string().meta({ description: "A Remote sign-in link: a credential, never logged or stored." }) })
  .strict()
  .meta({ id: "MagicLink" });
