import type { Clock } from "./clock";
import { DEFAULT_SCOPE } from "./config";
import { uuid } from "./ids";
import type { AccessTokenClaims, KeyStore } from "./jwt";
import type { EmulatorState } from "./state";
import type { Grant, GrantOrigin, IssuedTokenLog, TokenKind } from "./types";

export interface AccessTokenResult {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
}

export interface CompanyTokenResult extends AccessTokenResult {
  refresh_token: string;
}

export interface VerifiedToken {
  kind: TokenKind;
  clientId: string;
  companyId: string | null;
  userId: string | null;
  grantId: string | null;
}

export type RefreshOutcome = { ok: true; tokens: CompanyTokenResult } | { ok: false };

/** Mints, refreshes, verifies and revokes tokens; the only place that knows how they relate. */
export class TokenService {
  constructor(
    private readonly state: EmulatorState,
    private readonly keys: KeyStore,
    private readonly clock: Clock,
    private readonly issuer: () => string,
  ) {}

  createGrant(input: { clientId: string; companyId: string; userId: string; origin: GrantOrigin; scope?: string }): Grant {
    const grant: Grant = { id: uuid(), scope: input.scope ?? DEFAULT_SCOPE, createdAt: this.clock.now(), revokedAt: null, ...input };
    this.state.grants.set(grant.id, grant);
    return grant;
  }

  async issueForGrant(grant: Grant, logAs: IssuedTokenLog["grant"]): Promise<CompanyTokenResult> {
    const access = await this.mintAccess("company", grant.clientId, grant);
    const refresh = this.mintRefresh(grant);
    this.log("company", logAs, grant.clientId, grant.companyId, access.access_token, refresh);
    return { ...access, refresh_token: refresh };
  }

  async issuePartnerToken(clientId: string): Promise<AccessTokenResult> {
    const access = await this.mintAccess("partner", clientId, null);
    this.log("partner", "client_credentials", clientId, null, access.access_token);
    return access;
  }

  async refresh(clientId: string, refreshToken: string): Promise<RefreshOutcome> {
    const record = this.state.refreshTokens.get(refreshToken);
    const grant = record && this.state.grants.get(record.grantId);
    const now = this.clock.now();
    if (!record || !grant || record.clientId !== clientId || record.revokedAt !== null || grant.revokedAt !== null ||
      (record.expiresAt !== null && record.expiresAt <= now) || !this.state.companies.has(grant.companyId)) {
      return { ok: false };
    }
    const access = await this.mintAccess("company", clientId, grant);
    let next = refreshToken;
    if (this.state.config.rotate_refresh_tokens) {
      record.revokedAt = now;
      next = this.mintRefresh(grant);
    }
    this.log("company", "refresh_token", clientId, grant.companyId, access.access_token, next);
    return { ok: true, tokens: { ...access, refresh_token: next } };
  }

  async verify(token: string): Promise<VerifiedToken | null> {
    const claims = await this.keys.verify(token, { issuer: this.issuer(), now: this.clock.now() });
    const record = claims?.jti ? this.state.accessTokens.get(claims.jti) : undefined;
    if (!claims || !record || !this.state.clients.has(record.clientId)) return null;
    if (record.grantId) {
      const grant = this.state.grants.get(record.grantId);
      if (!grant || grant.revokedAt !== null || !this.state.companies.has(grant.companyId)) return null;
      return { kind: "company", clientId: record.clientId, companyId: grant.companyId, userId: grant.userId, grantId: grant.id };
    }
    return { kind: record.kind, clientId: record.clientId, companyId: null, userId: null, grantId: null };
  }

  /** Withdraws consent: every refresh and access token hanging off the grant stops working. */
  revokeGrant(grantId: string): void {
    const grant = this.state.grants.get(grantId);
    if (grant && grant.revokedAt === null) grant.revokedAt = this.clock.now();
  }

  revokeCompany(companyId: string, clientId?: string): number {
    let n = 0;
    for (const g of this.state.grants.values()) {
      if (g.companyId === companyId && g.revokedAt === null && (!clientId || g.clientId === clientId)) {
        this.revokeGrant(g.id);
        n++;
      }
    }
    return n;
  }

  private async mintAccess(kind: TokenKind, clientId: string, grant: Grant | null): Promise<AccessTokenResult> {
    const ttl = this.state.config.access_token_ttl_seconds;
    const issuedAt = this.clock.now();
    const expiresAt = issuedAt + ttl * 1000;
    const jti = uuid();
    const claims: AccessTokenClaims = { client_id: clientId, token_kind: kind, scope: grant?.scope ?? "all:write" };
    if (grant) Object.assign(claims, { company_id: grant.companyId, user_id: grant.userId });
    const access_token = await this.keys.sign(claims, {
      issuer: this.issuer(), audience: this.issuer(), subject: grant?.userId ?? clientId, jti, issuedAt, expiresAt,
    });
    this.state.accessTokens.set(jti, { jti, kind, clientId, grantId: grant?.id ?? null, expiresAt });
    return { access_token, token_type: "Bearer", expires_in: ttl };
  }

  private mintRefresh(grant: Grant): string {
    const token = uuid();
    const ttl = this.state.config.refresh_token_ttl_seconds;
    const now = this.clock.now();
    this.state.refreshTokens.set(token, {
      token, grantId: grant.id, clientId: grant.clientId, issuedAt: now, revokedAt: null,
      expiresAt: ttl === null ? null : now + ttl * 1000,
    });
    return token;
  }

  private log(kind: TokenKind, grant: IssuedTokenLog["grant"], clientId: string, companyId: string | null,
    access_token: string, refresh_token?: string): void {
    this.state.issuedTokens.push({
      kind, grant, client_id: clientId, company_id: companyId, access_token,
      ...(refresh_token ? { refresh_token } : {}), issued_at: this.clock.iso(),
    });
  }
}
