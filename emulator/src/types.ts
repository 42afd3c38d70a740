// Domain model of the emulated gateway. Field names follow Remote's public API (snake_case) where the
// object is returned verbatim; internal bookkeeping uses camelCase.

export type EmulatorMode = "dev" | "test" | "locked";

export type Action = "get_oauth_access_tokens" | "send_create_password_email";
export const ACTIONS: readonly Action[] = ["get_oauth_access_tokens", "send_create_password_email"];

export interface ClientConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Integration name as Remote shows it in /v1/identity/current. */
  name?: string;
  displayName?: string;
  contactEmail?: string;
  entitlements?: Partial<Record<Action, boolean>>;
  disallowClientCredentials?: boolean;
}

export interface Client {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  name: string;
  displayName: string;
  contactEmail: string;
  entitlements: Record<Action, boolean>;
  disallowClientCredentials: boolean;
}

export type CompanyStatus = "pending" | "review" | "active" | "archived";
export type CreditRiskStatus =
  | "not_started" | "ready" | "in_progress" | "referred" | "fail" | "deposit_required" | "no_deposit_required";

/** Exactly the `Company` object of Remote's OpenAPI. */
export interface Company {
  id: string;
  name: string;
  address_details: Record<string, unknown>;
  bank_account_details: Record<string, unknown> | null;
  company_owner_email: string;
  company_owner_name: string;
  company_owner_user_id: string;
  country_code: string;
  created_at: string;
  updated_at: string;
  default_legal_entity_credit_risk_status: CreditRiskStatus;
  desired_currency: string;
  external_id: string | null;
  phone_number: string | null;
  registration_number: string | null;
  status: CompanyStatus;
  tax_number: string | null;
  terms_of_service_accepted_at: string;
}

export type UserStatus = "initiated" | "invited" | "active" | "disabled";

export interface User {
  id: string;
  companyId: string;
  name: string;
  email: string;
  status: UserStatus;
  role: "owner" | "admin";
}

export interface Employment {
  id: string;
  company_id: string;
  full_name: string;
  job_title: string;
  login_email: string;
  personal_email: string;
  work_email: string | null;
  status: string;
  type: "employee" | "contractor" | "direct_employee" | "global_payroll_employee";
  employment_model: "eor" | "peo" | "global_payroll";
  country: { alpha_2_code: string; code: string; name: string };
  department: { id: string; name: string } | null;
  department_id: string | null;
  external_id: string | null;
  short_id: string;
  employment_lifecycle_stage: string;
  work_address_details: Record<string, unknown>;
}

export type TokenKind = "company" | "partner";
export type GrantOrigin = "authorization_code" | "company_creation";

/** One consent of a company admin for one client; refresh and access tokens hang off it. */
export interface Grant {
  id: string;
  clientId: string;
  companyId: string;
  userId: string;
  origin: GrantOrigin;
  scope: string;
  createdAt: number;
  revokedAt: number | null;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  redirectUri: string;
  companyId: string;
  userId: string;
  scope: string;
  codeChallenge: string | null;
  expiresAt: number;
  usedAt: number | null;
  /** Set once exchanged, so a replay can revoke what the first exchange issued. */
  grantId: string | null;
}

export interface PendingAuthorization {
  id: string;
  clientId: string;
  redirectUri: string;
  state: string | null;
  scope: string;
  codeChallenge: string | null;
  expiresAt: number;
}

export interface RefreshTokenRecord {
  token: string;
  grantId: string;
  clientId: string;
  issuedAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

export interface AccessTokenRecord {
  jti: string;
  kind: TokenKind;
  clientId: string;
  grantId: string | null;
  expiresAt: number;
}

export interface IssuedTokenLog {
  kind: TokenKind;
  grant: "authorization_code" | "refresh_token" | "client_credentials" | "company_creation";
  client_id: string;
  company_id: string | null;
  access_token: string;
  refresh_token?: string;
  issued_at: string;
}

export interface SentEmail {
  id: string;
  template: "create_password";
  to: string;
  company_id: string;
  user_id: string;
  link: string;
  sent_at: string;
}

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  grant_type?: string;
  client_id?: string;
  authorization?: string;
  /** Every request header received; credentials (authorization, cookie) only as a fingerprint. */
  headers?: Record<string, string>;
  body?: unknown;
  fault?: string;
  duration_ms: number;
}
