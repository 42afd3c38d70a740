import type { ClientConfig } from "./types";

/** Knobs that tests flip at runtime through POST /__emulator/config. */
export interface RuntimeConfig {
  rotate_refresh_tokens: boolean;
  dead_refresh_token_error: "invalid_grant" | "invalid_refresh_token";
  access_token_ttl_seconds: number;
  /** null = refresh tokens never expire (Remote documents no lifetime). */
  refresh_token_ttl_seconds: number | null;
  rate_limit_per_minute: number;
  validation_error_shape: "errors" | "message";
  not_entitled_shape: "action_error" | "invalid_params";
  /** Remote ships magic links disabled until it enables them for a partner; off = POST /v1/magic-link answers 422. */
  magic_links_entitled: boolean;
  /** Delay before each retry of a failed webhook delivery; Remote's schedule is undocumented. */
  webhook_retry_schedule_ms: number[];
  webhook_delivery_timeout_ms: number;
}

export const DEFAULT_CONFIG: Readonly<RuntimeConfig> = Object.freeze({
  rotate_refresh_tokens: false,
  dead_refresh_token_error: "invalid_grant",
  access_token_ttl_seconds: 3600,
  refresh_token_ttl_seconds: null,
  rate_limit_per_minute: 250,
  validation_error_shape: "errors",
  not_entitled_shape: "action_error",
  magic_links_entitled: true,
  // Short, so tests and demos see retries (and the duplicates they cause) within a minute.
  webhook_retry_schedule_ms: [1000, 5000, 30_000],
  webhook_delivery_timeout_ms: 10_000,
});

export const DEMO_CLIENT_ID = "rcemulatordemoclient01";
export const DEMO_CLIENT_SECRET = "emulator-demo-secret-do-not-use-in-production";
export const DEMO_REDIRECT_URI = "http://localhost:3000/connect/callback";

export const CODE_TTL_MS = 5 * 60_000;
export const PENDING_AUTHORIZE_TTL_MS = 15 * 60_000;
export const RATE_LIMIT_WINDOW_MS = 60_000;
/** The scope Remote's authorization-code docs use; it is the same string in sandbox. */
export const DEFAULT_SCOPE = "https://gateway.remote.com/company.manage";

/**
 * The name Remote shows on its consent page: the partner registers its own product's name, so the
 * bundled emulator takes EMULATOR_CLIENT_NAME, else the app's BRAND_NAME (npm start passes .env through).
 */
export function clientDisplayName(env: Record<string, string | undefined>): string {
  return (env.EMULATOR_CLIENT_NAME || env.BRAND_NAME || "").trim() || "Remote Connect (demo)";
}

export function demoClient(): ClientConfig {
  return {
    clientId: DEMO_CLIENT_ID,
    clientSecret: DEMO_CLIENT_SECRET,
    redirectUris: [DEMO_REDIRECT_URI],
    name: "remote-connect-demo",
    displayName: "Remote Connect (demo)",
    contactEmail: "integrations@remote-connect.example",
    entitlements: { get_oauth_access_tokens: true, send_create_password_email: true },
  };
}
