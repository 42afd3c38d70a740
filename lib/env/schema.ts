// Pure validation of the process environment. No server-only import so that scripts and unit
// tests can use it; the app reads settings through lib/env.ts.
import { z } from "zod";
import { defaultSqliteUrl } from "../db/urls";
import { unreadableColourReason } from "../brand/contrast";

const REMOTE_ENVIRONMENTS = ["emulator", "sandbox", "partner-sandbox", "production"] as const;
export type RemoteEnvironment = (typeof REMOTE_ENVIRONMENTS)[number];

const GATEWAYS: Record<Exclude<RemoteEnvironment, "emulator">, string> = {
  sandbox: "https://gateway.remote-sandbox.com",
  "partner-sandbox": "https://gateway.partners.remote-sandbox.com",
  production: "https://gateway.remote.com",
};

/** Values that only make sense against the bundled emulator; refused against a real gateway. */
export const DEMO = {
  clientId: "rcemulatordemoclient01",
  clientSecret: "emulator-demo-secret-do-not-use-in-production",
  authSecret: "dev-only-auth-secret-change-me-0123456789abcdef",
  encryptionKeys: "dev:ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtMDEyMzQ1Njc=",
};

const KEY_ENTRY = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/;

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");

/** An integer setting whose error names the range and unit, e.g. "must be a whole number of hours from 1 to 168". */
const wholeNumber = (min: number, max: number, unit: string) => {
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const shape = z.object({
  APP_URL: z.url().default("http://localhost:3000").transform((u) => u.replace(/\/+$/, "")),
  DATABASE_URL: z.string().min(1).default(defaultSqliteUrl),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  REMOTE_ENVIRONMENT: z.enum(REMOTE_ENVIRONMENTS).default("emulator"),
  REMOTE_GATEWAY_URL: optionalUrl,
  REMOTE_CLIENT_ID: optionalString,
  REMOTE_CLIENT_SECRET: optionalString,
  REMOTE_SCOPE: z.string().min(1).default("https://gateway.remote.com/company.manage"),
  REMOTE_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  REMOTE_SEND_CREATE_PASSWORD_EMAIL: bool,
  CREATE_COMPANY_SUBMITS_PER_10_MIN: z.coerce.number().int().min(1).max(100_000).default(10),
  ACCESS_TOKEN_MIN_TTL_SECONDS: z.coerce.number().int().min(0).max(3000).default(300),
  TOKEN_REFRESH_LEASE_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  TOKEN_ENCRYPTION_KEYS: optionalString,
  AUTH_SECRET: optionalString,
  AUTH_SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).default(8 * 3600),
  AUTH_OIDC_ISSUER: optionalUrl,
  AUTH_OIDC_CLIENT_ID: optionalString,
  AUTH_OIDC_CLIENT_SECRET: optionalString,
  AUTH_OIDC_NAME: z.string().default("Single sign-on"),
  AUTH_OIDC_TRUST_UNVERIFIED_EMAIL: bool,
  AUTH_OIDC_ALLOWED_DOMAINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((d) => d.trim().toLowerCase()).filter(Boolean)),
  HEALTH_DETAILS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(24, { message: "must be at least 24 characters" }).optional()),
  METRICS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(24, { message: "must be at least 24 characters" }).optional()),
  API_KEY_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000, "requests a minute").default(600),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
  SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_ALLOW_PRIVATE_URLS: bool,
  EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  BACKGROUND_JOBS: z.enum(["on", "off"]).default("on"),
  HEALTH_CHECK_INTERVAL_HOURS: wholeNumber(1, 168, "hours").default(24),
  HEALTH_CHECK_MAX_PER_MINUTE: wholeNumber(1, 250, "calls a minute").default(60),
  HEALTH_GIVE_UP_DAYS: wholeNumber(1, 90, "days").default(3),
  REMOTE_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000, "calls a minute").default(240),
  PROXY_MAX_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  // Event types are checked against Remote's list where they are used (lib/remote-events); here only the shape.
  REMOTE_WEBHOOK_EVENTS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((t) => t.trim()).filter(Boolean))
    .refine((list) => list.every((t) => /^[a-z][a-z0-9_.]*$/.test(t)), { message: "must be event types separated by commas, or all" })
    .refine((list) => !list.includes("all") || list.length === 1, { message: "all cannot be combined with event types" }),
  BRAND_NAME: z.string().trim().min(1).max(80).default("Remote Connect"),
  BRAND_LOGO_URL: optionalUrl,
  BRAND_PRIMARY_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: "must be a colour like #1d4ed8" })
    .default("#1d4ed8")
    .transform((c) => c.toLowerCase())
    // White button text must stay readable on it (WCAG AA); the message suggests a darker shade.
    .superRefine((c, ctx) => {
      const why = unreadableColourReason(c);
      if (why) ctx.addIssue({ code: "custom", message: why });
    }),
  BRAND_SUPPORT_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email({ message: "must be an e-mail address" }).optional()),
  BRAND_PRIVACY_URL: optionalUrl,
  PUBLIC_ENTRY: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["none", "connect", "all"]).optional()),
  CONNECT_RETURN_ORIGINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type PublicEntry = "none" | "connect" | "all";

export type Env = Omit<
  z.output<typeof shape>,
  "REMOTE_CLIENT_ID" | "REMOTE_CLIENT_SECRET" | "TOKEN_ENCRYPTION_KEYS" | "AUTH_SECRET" | "PUBLIC_ENTRY"
> & {
  /** Who may start a flow without a link minted by the partner (default: all in emulator mode, none otherwise). */
  PUBLIC_ENTRY: PublicEntry;
  REMOTE_CLIENT_ID: string;
  REMOTE_CLIENT_SECRET: string;
  TOKEN_ENCRYPTION_KEYS: string;
  AUTH_SECRET: string;
  /** Derived: the gateway base URL in use, without a trailing slash. */
  gatewayUrl: string;
  /** Derived: the one callback URL to register with Remote. */
  redirectUri: string;
};

export class EnvError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = "EnvError";
  }
}

/** localhost, 127.0.0.0/8 or ::1: a stand-in on this machine, where plain http never crosses a network. */
function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Validates settings; throws an EnvError whose message is one line naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = shape.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(String(issue.path[0] ?? "environment"), `is invalid: ${issue.message}`);
  }
  const v = result.data;
  const real = v.REMOTE_ENVIRONMENT !== "emulator";

  const need = (name: keyof typeof v, demo: string): string => {
    const value = v[name] as string | undefined;
    if (!value) {
      if (real) throw new EnvError(name, `is required when REMOTE_ENVIRONMENT=${v.REMOTE_ENVIRONMENT}`);
      return demo;
    }
    if (real && value === demo) {
      throw new EnvError(name, `uses the emulator's demo value, refused when REMOTE_ENVIRONMENT=${v.REMOTE_ENVIRONMENT}`);
    }
    return value;
  };

  const clientId = need("REMOTE_CLIENT_ID", DEMO.clientId);
  const clientSecret = need("REMOTE_CLIENT_SECRET", DEMO.clientSecret);
  const authSecret = need("AUTH_SECRET", DEMO.authSecret);
  if (authSecret.length < 32) throw new EnvError("AUTH_SECRET", "must be at least 32 characters");
  const keys = need("TOKEN_ENCRYPTION_KEYS", DEMO.encryptionKeys);
  const entries = keys.split(",").map((k) => k.trim());
  const bad = entries.find((e) => !KEY_ENTRY.test(e));
  if (bad !== undefined) {
    throw new EnvError("TOKEN_ENCRYPTION_KEYS", "must be a comma-separated list of kid:base64 32-byte keys (npm run keys:generate)");
  }
  if (real && entries.some((e) => DEMO.encryptionKeys.split(",").includes(e))) {
    throw new EnvError("TOKEN_ENCRYPTION_KEYS", `contains the demo key, refused when REMOTE_ENVIRONMENT=${v.REMOTE_ENVIRONMENT}`);
  }
  if (real && v.APP_URL.startsWith("http://") && !/^http:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(v.APP_URL)) {
    throw new EnvError("APP_URL", "must use https against a real Remote gateway");
  }
  if (v.TOKEN_REFRESH_LEASE_SECONDS * 1000 <= v.REMOTE_HTTP_TIMEOUT_MS) {
    throw new EnvError("TOKEN_REFRESH_LEASE_SECONDS", "must be longer than REMOTE_HTTP_TIMEOUT_MS, or a slow refresh outlives its lease");
  }
  const gatewayOverride = v.REMOTE_GATEWAY_URL ? new URL(v.REMOTE_GATEWAY_URL) : null;
  if (real && gatewayOverride && gatewayOverride.protocol !== "https:" && !(gatewayOverride.protocol === "http:" && isLoopbackUrl(gatewayOverride.href))) {
    throw new EnvError("REMOTE_GATEWAY_URL", "must use https outside emulator mode (plain http only for a loopback host)");
  }
  const oidc = [v.AUTH_OIDC_ISSUER, v.AUTH_OIDC_CLIENT_ID, v.AUTH_OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    const missing = (["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET"] as const).find((n) => !v[n]);
    throw new EnvError(missing!, "is required when single sign-on is configured");
  }

  for (const origin of v.CONNECT_RETURN_ORIGINS) {
    let u: URL | null = null;
    try {
      u = new URL(origin);
    } catch {}
    if (!u || u.origin !== origin || !["https:", "http:"].includes(u.protocol)) {
      throw new EnvError("CONNECT_RETURN_ORIGINS", `must be a comma-separated list of exact origins like https://app.example.com (no path, no trailing slash); got ${JSON.stringify(origin)}`);
    }
    if (real && u.protocol !== "https:") throw new EnvError("CONNECT_RETURN_ORIGINS", `must use https outside emulator mode; got ${origin}`);
  }

  const gatewayUrl = (
    v.REMOTE_GATEWAY_URL ??
    (v.REMOTE_ENVIRONMENT === "emulator" ? `http://localhost:${v.EMULATOR_PORT}` : GATEWAYS[v.REMOTE_ENVIRONMENT])
  ).replace(/\/+$/, "");

  return {
    ...v,
    REMOTE_CLIENT_ID: clientId,
    REMOTE_CLIENT_SECRET: clientSecret,
    AUTH_SECRET: authSecret,
    TOKEN_ENCRYPTION_KEYS: entries.join(","),
    PUBLIC_ENTRY: v.PUBLIC_ENTRY ?? (real ? "none" : "all"),
    gatewayUrl,
    redirectUri: `${v.APP_URL}/connect/callback`,
  };
}
