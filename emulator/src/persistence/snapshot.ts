import { createPrivateKey } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../clock";
import { DEFAULT_CONFIG, type RuntimeConfig } from "../config";
import type { KeyStore, SavedSigningKey } from "../jwt";
import { configSchema } from "../routes/control-schemas";
import { toClient, type EmulatorState } from "../state";
import type {
  AccessTokenRecord, AuthorizationCode, Client, Company, Employment, Grant, IssuedTokenLog,
  PendingAuthorization, RefreshTokenRecord, SentEmail, User,
} from "../types";
import type { WebhookCallback, WebhookEvent } from "../webhooks/store";

/** Bump when the shape changes incompatibly; an older or newer file is set aside, not guessed at. */
export const STATE_VERSION = 1;

// Loose checks on purpose: they reject a file that is clearly not ours (or truncated into valid
// JSON) without restating every domain type; the file is only ever written by takeSnapshot.
const rows = <S extends z.ZodRawShape>(shape: S) => z.array(z.looseObject(shape));
const ms = z.number().finite();

const snapshotSchema = z.object({
  version: z.literal(STATE_VERSION),
  saved_at: z.string(),
  clock_offset_ms: ms,
  signing_key: z.object({ kid: z.string().min(1), private_key_pem: z.string() }).refine((k) => {
    try {
      return createPrivateKey(k.private_key_pem).asymmetricKeyType === "rsa";
    } catch {
      return false;
    }
  }, "signing_key is not an RSA private key"),
  config: configSchema,
  clients: rows({ clientId: z.string(), clientSecret: z.string(), redirectUris: z.array(z.string()) }),
  companies: rows({ id: z.string(), name: z.string(), status: z.string() }),
  users: rows({ id: z.string(), companyId: z.string(), email: z.string(), status: z.string() }),
  employments: rows({ id: z.string(), company_id: z.string() }),
  company_email_domains: z.record(z.string(), z.string()),
  pending_authorizations: rows({ id: z.string(), clientId: z.string(), expiresAt: ms }),
  codes: rows({ code: z.string(), clientId: z.string(), expiresAt: ms }),
  grants: rows({ id: z.string(), clientId: z.string(), companyId: z.string(), revokedAt: ms.nullable() }),
  refresh_tokens: rows({ token: z.string(), grantId: z.string(), clientId: z.string(), revokedAt: ms.nullable() }),
  access_tokens: rows({ jti: z.string(), clientId: z.string(), expiresAt: ms }),
  issued_tokens: rows({ kind: z.string(), access_token: z.string() }),
  emails: rows({ id: z.string(), to: z.string() }),
  // Optional: files written before webhooks existed still load.
  webhook_callbacks: rows({ id: z.string(), companyId: z.string(), clientId: z.string(), url: z.string(), signingKey: z.string() }).optional(),
  webhook_events: rows({ id: z.string(), companyId: z.string(), eventType: z.string(), body: z.string() }).optional(),
});

/** What state.json holds (version 1). */
export interface Snapshot {
  version: typeof STATE_VERSION;
  saved_at: string;
  clock_offset_ms: number;
  signing_key: SavedSigningKey;
  config: Partial<RuntimeConfig>;
  clients: Client[];
  companies: Company[];
  users: User[];
  employments: Employment[];
  company_email_domains: Record<string, string>;
  pending_authorizations: PendingAuthorization[];
  codes: AuthorizationCode[];
  grants: Grant[];
  refresh_tokens: RefreshTokenRecord[];
  access_tokens: AccessTokenRecord[];
  issued_tokens: IssuedTokenLog[];
  emails: SentEmail[];
  webhook_callbacks?: WebhookCallback[];
  webhook_events?: WebhookEvent[];
}

/** Everything a returning user needs; the request log, rate-limit windows, faults and webhook delivery attempts (and pending retries) are left out. */
export function takeSnapshot(state: EmulatorState, clock: Clock, keys: KeyStore): Snapshot {
  const now = clock.now();
  return {
    version: STATE_VERSION,
    saved_at: new Date().toISOString(),
    clock_offset_ms: clock.offset(),
    signing_key: keys.export(),
    config: { ...state.config },
    clients: [...state.clients.values()],
    companies: [...state.companies.values()],
    users: [...state.users.values()],
    employments: state.employments,
    company_email_domains: Object.fromEntries(state.companyEmailDomains),
    // Expired ones can never be used again, so the file does not grow with every hour of use.
    pending_authorizations: [...state.pendingAuthorizations.values()].filter((p) => p.expiresAt > now),
    codes: [...state.codes.values()],
    grants: [...state.grants.values()],
    refresh_tokens: [...state.refreshTokens.values()],
    access_tokens: [...state.accessTokens.values()].filter((t) => t.expiresAt > now),
    issued_tokens: state.issuedTokens,
    emails: state.emails,
    webhook_callbacks: [...state.webhooks.callbacks.values()],
    webhook_events: state.webhooks.events,
  };
}

/** Throws an Error whose message says what is wrong (the caller logs it and starts clean). */
export function parseSnapshot(raw: unknown): Snapshot {
  const version = (raw as { version?: unknown } | null)?.version;
  if (version !== STATE_VERSION) throw new Error(`version ${JSON.stringify(version)}, this emulator reads version ${STATE_VERSION}`);
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${first.path.join(".") || "file"}: ${first.message}`);
  }
  // Checked above as far as it matters; the rest is what takeSnapshot wrote.
  return parsed.data as unknown as Snapshot;
}

const byKey = <T, K extends keyof T>(list: T[], key: K) => new Map(list.map((x) => [x[key], x] as const));

/** Replaces the seed in a fresh state. Clients configured at start-up win over saved ones of the same id. */
export function applySnapshot(state: EmulatorState, clock: Clock, s: Snapshot): void {
  const configured = new Map(state.clients);
  state.config = { ...DEFAULT_CONFIG, ...Object.fromEntries(Object.entries(s.config).filter(([, v]) => v !== undefined)) };
  state.clients = new Map(s.clients.map((c) => [c.clientId, toClient(c)]));
  for (const [id, c] of configured) state.clients.set(id, c);
  state.companies = byKey(s.companies, "id");
  state.users = byKey(s.users, "id");
  state.employments = s.employments;
  state.companyEmailDomains = new Map(Object.entries(s.company_email_domains));
  state.pendingAuthorizations = byKey(s.pending_authorizations, "id");
  state.codes = byKey(s.codes, "code");
  state.grants = byKey(s.grants, "id");
  state.refreshTokens = byKey(s.refresh_tokens, "token");
  state.accessTokens = byKey(s.access_tokens, "jti");
  state.issuedTokens = s.issued_tokens;
  state.emails = s.emails;
  state.webhooks.callbacks = byKey(s.webhook_callbacks ?? [], "id");
  state.webhooks.events = s.webhook_events ?? [];
  clock.setOffset(s.clock_offset_ms);
}
