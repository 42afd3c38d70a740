import { DEFAULT_CONFIG, type RuntimeConfig } from "./config";
import { seedCompanies, seedUsers } from "./seed/companies";
import { buildCountries, type Country } from "./seed/countries";
import { seedEmployments } from "./seed/employments";
import type {
  AccessTokenRecord, AuthorizationCode, Client, ClientConfig, Company, Employment, Grant, IssuedTokenLog,
  PendingAuthorization, RefreshTokenRecord, RequestLogEntry, SentEmail, User,
} from "./types";
import { WebhookStore } from "./webhooks/store";

const REQUEST_LOG_LIMIT = 2000;

export function toClient(c: ClientConfig): Client {
  return {
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    redirectUris: [...c.redirectUris],
    name: c.name ?? c.clientId,
    displayName: c.displayName ?? c.name ?? c.clientId,
    contactEmail: c.contactEmail ?? "partner@example.com",
    entitlements: {
      get_oauth_access_tokens: c.entitlements?.get_oauth_access_tokens ?? true,
      send_create_password_email: c.entitlements?.send_create_password_email ?? true,
    },
    disallowClientCredentials: c.disallowClientCredentials ?? false,
  };
}

/**
 * Everything the gateway remembers. In memory; without a state dir a restart or POST
 * /__emulator/reset returns to the seed, which is what tests want. With one (`npm start`),
 * persistence/ saves it after changes and reloads it on start.
 */
export class EmulatorState {
  config: RuntimeConfig = { ...DEFAULT_CONFIG };
  clients = new Map<string, Client>();
  companies = new Map<string, Company>();
  users = new Map<string, User>();
  employments: Employment[] = [];
  countries: Country[] = buildCountries();
  /** Private to the company-creation flow; never returned by any endpoint. */
  companyEmailDomains = new Map<string, string>();

  pendingAuthorizations = new Map<string, PendingAuthorization>();
  codes = new Map<string, AuthorizationCode>();
  grants = new Map<string, Grant>();
  refreshTokens = new Map<string, RefreshTokenRecord>();
  accessTokens = new Map<string, AccessTokenRecord>();

  issuedTokens: IssuedTokenLog[] = [];
  emails: SentEmail[] = [];
  requests: RequestLogEntry[] = [];
  /** Per-client rate-limit windows; Remote starts the minute at the client's first request. */
  rateWindows = new Map<string, { start: number; count: number }>();
  webhooks = new WebhookStore();

  constructor(private readonly initialClients: ClientConfig[]) {
    this.reset();
  }

  reset(): void {
    this.config = { ...DEFAULT_CONFIG };
    this.clients = new Map(this.initialClients.map((c) => [c.clientId, toClient(c)]));
    this.companies = new Map(seedCompanies().map((c) => [c.id, c]));
    this.users = new Map(seedUsers().map((u) => [u.id, u]));
    this.employments = seedEmployments();
    this.companyEmailDomains.clear();
    this.pendingAuthorizations.clear();
    this.codes.clear();
    this.grants.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
    this.issuedTokens = [];
    this.emails = [];
    this.requests = [];
    this.rateWindows.clear();
    this.webhooks.reset();
  }

  logRequest(entry: RequestLogEntry): void {
    this.requests.push(entry);
    if (this.requests.length > REQUEST_LOG_LIMIT) this.requests.splice(0, this.requests.length - REQUEST_LOG_LIMIT);
  }

  activeGrantsFor(clientId: string, companyId?: string): Grant[] {
    return [...this.grants.values()].filter(
      (g) => g.revokedAt === null && g.clientId === clientId && (companyId === undefined || g.companyId === companyId),
    );
  }

  /** "Companies that authorized your integration" in Remote's words. */
  hasAuthorized(clientId: string, companyId: string): boolean {
    return this.activeGrantsFor(clientId, companyId).length > 0;
  }

  usersOf(companyId: string): User[] {
    return [...this.users.values()].filter((u) => u.companyId === companyId);
  }

  findUserByEmail(email: string): User | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.users.values()].find((u) => u.email.toLowerCase() === wanted);
  }

  /** Admins who can sign in on the consent page: active users of active companies. */
  signInAccounts(): Array<{ user: User; company: Company }> {
    return [...this.users.values()]
      .filter((u) => u.status === "active")
      .map((user) => ({ user, company: this.companies.get(user.companyId) }))
      .filter((a): a is { user: User; company: Company } => a.company?.status === "active");
  }
}
