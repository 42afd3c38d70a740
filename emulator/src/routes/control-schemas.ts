import { z } from "zod";
import { DELIVERY_ONLY_MODES, FAULT_GRANTS, FAULT_MODES, FAULT_TARGETS } from "../faults";

export const faultSchema = z.strictObject({
  target: z.enum(FAULT_TARGETS),
  mode: z.enum(FAULT_MODES),
  grant: z.enum(FAULT_GRANTS).optional(),
  status: z.number().int().min(400).max(599).optional(),
  latency_ms: z.number().int().min(0).max(600_000).optional(),
  reset_ms: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
  malformed: z.enum(["html", "truncated_json"]).optional(),
  body: z.unknown().optional(),
}).refine((f) => f.target === "webhook_delivery" || !DELIVERY_ONLY_MODES.includes(f.mode),
  { path: ["mode"], message: "bad_signature and stale_timestamp apply to target webhook_delivery only" });

export const configSchema = z.strictObject({
  rotate_refresh_tokens: z.boolean().optional(),
  dead_refresh_token_error: z.enum(["invalid_grant", "invalid_refresh_token"]).optional(),
  access_token_ttl_seconds: z.number().int().min(1).max(86_400 * 30).optional(),
  refresh_token_ttl_seconds: z.number().int().min(1).nullable().optional(),
  rate_limit_per_minute: z.number().int().min(1).optional(),
  validation_error_shape: z.enum(["errors", "message"]).optional(),
  not_entitled_shape: z.enum(["action_error", "invalid_params"]).optional(),
  magic_links_entitled: z.boolean().optional(),
  webhook_retry_schedule_ms: z.array(z.number().int().min(0).max(3_600_000)).max(10).optional(),
  webhook_delivery_timeout_ms: z.number().int().min(1).max(120_000).optional(),
});

export const clientSchema = z.strictObject({
  client_secret: z.string().min(8).optional(),
  redirect_uris: z.array(z.url()).optional(),
  name: z.string().min(1).optional(),
  display_name: z.string().min(1).optional(),
  contact_email: z.email().optional(),
  entitlements: z.strictObject({
    get_oauth_access_tokens: z.boolean().optional(),
    send_create_password_email: z.boolean().optional(),
  }).optional(),
  disallow_client_credentials: z.boolean().optional(),
});

export const authorizeSchema = z.strictObject({
  client_id: z.string(),
  redirect_uri: z.string(),
  state: z.string().optional(),
  scope: z.string().optional(),
  code_challenge: z.string().optional(),
  code_challenge_method: z.string().optional(),
  company_id: z.string(),
  user_id: z.string().optional(),
  decision: z.enum(["allow", "deny"]),
});

export const clockSchema = z.strictObject({
  advance_ms: z.number().int().min(0).optional(),
  advance_seconds: z.number().min(0).optional(),
});

export function issues(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}
