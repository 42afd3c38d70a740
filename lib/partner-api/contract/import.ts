// POST /api/v1/connections/import: the request and the per-item answer. Pure schemas (no
// server-only): the route validates with them and the OpenAPI document is generated from them.
import { z } from "zod";

/** Per request; a larger batch goes through the CLI (npm run connections:import), which paces itself. */
export const MAX_IMPORT_BATCH = 100;

const EXAMPLE_TOKEN = "<refresh token from your integration>";

/** One refresh token to import, as a file line or an item of the request (unknown keys are not allowed in the API). */
export const ImportItemFields = {
  refresh_token: z.string().trim().min(1).max(2048).meta({
    description: "A Remote refresh token your own integration holds for a company (same client id as this service). Never echoed back or logged.",
    example: EXAMPLE_TOKEN,
  }),
  external_id: z.string().trim().min(1).max(200).optional().meta({
    description: "Your id for the company, stored on the connection (as connect links do). A key limited to an external-id prefix must name one inside it.",
    example: "acct_1234",
  }),
  company_name: z.string().trim().min(1).max(200).optional().meta({
    description: "Only used when Remote's identity/current names no company; Remote's name wins.",
    example: "Acme Inc.",
  }),
};

export const ImportItem = z.object(ImportItemFields).strict().meta({ id: "ImportItem", description: "A refresh token to import." });

export const ImportRequest = z
  .object({ tokens: z.array(ImportItem).min(1).max(MAX_IMPORT_BATCH) })
  .strict()
  .meta({
    id: "ImportRequest",
    description:
      `Up to ${MAX_IMPORT_BATCH} refresh tokens. Each is verified by one refresh at Remote (spent from the shared rate budget as background work), ` +
      "its company read from identity/current, and stored sealed. Sending the same tokens again is a no-op that makes no Remote call.",
    example: { tokens: [{ refresh_token: EXAMPLE_TOKEN, external_id: "acct_1234", company_name: "Acme Inc." }] },
  });

export const IMPORT_STATUSES = ["imported", "already_present", "dead", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportResult = z
  .object({
    index: z.number().int().min(0).meta({ description: "Position of the token in the request's `tokens` (0-based).", example: 0 }),
    status: z.enum(IMPORT_STATUSES).meta({
      description:
        "imported: stored (a new connection, or one that was disconnected or needed a reconnect, revived). " +
        "already_present: this token was imported before, or the company already has a live connection (left as it is). " +
        "dead: Remote refused the token (consent revoked or expired); nothing stored. " +
        "failed: Remote was unavailable, the rate budget had no room in time, or similar; nothing stored, sending it again retries.",
      example: "imported",
    }),
    connection_id: z.string().optional().meta({ description: "The connection the token belongs to (imported, already_present).", example: "cmc1x2y3z0000abcd1234efgh" }),
    remote_company_id: z.string().optional().meta({ description: "Remote's company id, when known.", example: "6e60f5f9-e6a6-4b04-b13c-84bced848bab" }),
    reason: z.string().optional().meta({ description: "Why (already_present, dead, failed); never contains the token.", example: "Remote rejected the refresh token (invalid_grant)." }),
  })
  .strict()
  .meta({ id: "ImportResult" });

export const ImportTotals = z
  .object({
    imported: z.number().int().min(0),
    already_present: z.number().int().min(0),
    dead: z.number().int().min(0),
    failed: z.number().int().min(0),
  })
  .strict()
  .meta({ id: "ImportTotals", example: { imported: 1, already_present: 0, dead: 0, failed: 0 } });

export const ImportResponse = z
  .object({ results: z.array(ImportResult), totals: ImportTotals })
  .strict()
  .meta({
    id: "ImportResponse",
    description: "One result per token, in request order. 200 even when some tokens are dead or failed: look at each status.",
    example: {
      results: [{ index: 0, status: "imported", connection_id: "cmc1x2y3z0000abcd1234efgh", remote_company_id: "6e60f5f9-e6a6-4b04-b13c-84bced848bab" }],
      totals: { imported: 1, already_present: 0, dead: 0, failed: 0 },
    },
  });

export type ImportRequestBody = z.infer<typeof ImportRequest>;
export type ImportResultItem = z.infer<typeof ImportResult>;
export type ImportResponseBody = z.infer<typeof ImportResponse>;
