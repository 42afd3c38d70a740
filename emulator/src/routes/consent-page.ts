import { DEFAULT_SCOPE } from "../config";
import { html } from "../http/html";
import type { Client, Company, PendingAuthorization, User } from "../types";
import { page } from "./page-layout";

const SCOPE_LABELS: Record<string, string> = {
  [DEFAULT_SCOPE]: "Manage your company on Remote: company details, people, employments and related data",
};

function scopeLabel(scope: string): string {
  return SCOPE_LABELS[scope] ?? "Access to your company data on Remote";
}

export interface ConsentView {
  client: Client;
  pending: PendingAuthorization;
  accounts: Array<{ user: User; company: Company }>;
  selectedUserId?: string;
  error?: string;
}

/**
 * Sign-in and consent in one screen: pick the company admin to act as, then Allow or Deny.
 * Labels read "Name — Company (email)" so browser tests can select an account by label.
 */
export function renderConsentPage(v: ConsentView): string {
  const scopes = v.pending.scope.split(/\s+/).filter(Boolean);
  const accounts = v.accounts.map(({ user, company }, i) => html`
<div class="account">
  <input type="radio" id="account-${i}" name="account" value="${company.id}:${user.id}" required
    ${v.selectedUserId === user.id ? html`checked` : ""}>
  <label for="account-${i}">${user.name} — ${company.name} (${user.email})</label>
</div>`);
  return page(`Connect ${v.client.displayName}`, html`
<h1>${v.client.displayName} wants to access your Remote account</h1>
<p>Sign in as a company admin and choose whether <strong>${v.client.displayName}</strong> may act on behalf of your company.</p>
${v.error ? html`<div class="alert" role="alert">${v.error}</div>` : ""}
<form method="post" action="/auth/oauth2/authorize/decision">
  <input type="hidden" name="request_id" value="${v.pending.id}">
  <fieldset>
    <legend>Sign in as</legend>
    ${accounts.length ? accounts : html`<p>No company admins are available.</p>`}
  </fieldset>
  <section class="scopes" aria-labelledby="scopes-title">
    <strong id="scopes-title">${v.client.displayName} will be able to:</strong>
    <ul>${scopes.map((s) => html`<li>${scopeLabel(s)}<br><code>${s}</code></li>`)}</ul>
  </section>
  <div class="actions">
    <button type="submit" class="secondary" name="decision" value="deny" formnovalidate>Deny</button>
    <button type="submit" class="primary" name="decision" value="allow">Allow</button>
  </div>
  <p class="fine">You will be redirected to <code>${new URL(v.pending.redirectUri).origin}</code>.
  You can withdraw access at any time from your Remote integration settings.</p>
</form>`);
}
