import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { createConnectLink, resolveConnectLink } from "../connect-links/service";
import { sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { releaseCreateCompanyLink, resolveCreateCompanyLink, settleCreateCompanyLink, takeCreateCompanyLink } from "../create-company-links/service";
import { getEnv } from "../env";
import { logger } from "../logger";
import { validateAddress, type AddressValues } from "./address";
import { getCountries, getCountryAddressSchema } from "./catalog";
import { claimCreation, findCreation, STALE_MS, waitForCreation, type CreationRow } from "./claim";
import { failureOf } from "./failures";
import { TERMS_FUTURE_SKEW_MS, TERMS_MAX_AGE_MS, type CompanyFormValues } from "./fields";
import { remoteFields, validateCompanyValues } from "./input";
import type { CreatedOutcome, CreationOutcome } from "./outcome";
import { GET_TOKENS, SEND_PASSWORD_EMAIL, createAtRemote } from "./remote-create";
import { storeCreatedCompany } from "./store";

export type CreateCompanyRequest = {
  /** From the signed form token (see form-token.ts): one per rendered form. */
  idempotencyKey: string;
  values: CompanyFormValues;
  address: AddressValues;
  /** When the terms box was ticked (ms since epoch, server clock), or null. */
  termsAcceptedAt: number | null;
  connectLinkToken?: string | null;
  /** A create-company link (lib/create-company-links): its external id, owner lock and single use apply. */
  createLinkToken?: string | null;
  actor: Actor;
  /** Signed-in staff may set the partner's external id themselves; the public may not. */
  staff?: boolean;
};

/** Remote's date-time with offset, whole seconds: "2026-11-28T10:00:00Z". */
const remoteTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

const connectPathFor = (linkToken: string | null | undefined) => (linkToken ? `/connect/${encodeURIComponent(linkToken)}/start` : "/connect/start");

/** What an earlier submit of the same form ended as, or null when this submit must act itself. */
async function earlier(row: CreationRow | null, req: CreateCompanyRequest): Promise<CreationOutcome | null> {
  if (!row || row.status === "failed") return null;
  if (row.status === "pending") {
    row = await waitForCreation(req.idempotencyKey);
    if (!row) return null;
    // The submit we waited for met an outage: report it rather than hit Remote again at once.
    // Any other failure (e.g. a field Remote refused) created nothing, so this submit may try.
    if (row.status === "failed") {
      return row.errorCode === "unavailable" || row.errorCode === "rate_limited" ? { kind: "unavailable", rateLimited: row.errorCode === "rate_limited" } : null;
    }
    if (row.status === "pending") return { kind: Date.now() - row.updatedAt.getTime() > STALE_MS ? "interrupted" : "in_progress" };
  }
  return {
    kind: row.status === "succeeded" ? "connected" : "needs_consent",
    companyName: row.companyName ?? req.values.name.trim(),
    remoteCompanyId: row.remoteCompanyId ?? "",
    connectionId: row.connectionId,
    passwordEmailSent: row.passwordEmailSent,
    connectPath: row.status === "succeeded" ? null : connectPathFor(req.connectLinkToken),
    repeated: true,
  };
}

/**
 * Creates a Remote company and connects it in one go (Remote's `get_oauth_access_tokens`), at most
 * once per form. Never throws for anything the user can act on; the outcome says what happened.
 */
export async function createCompanyWithConsent(req: CreateCompanyRequest): Promise<CreationOutcome> {
  const db = getDb();
  const before = await earlier(await findCreation(req.idempotencyKey), req);
  if (before) return before;

  let link: { id: string; externalId: string | null } | null = null;
  if (req.connectLinkToken) {
    const resolved = await resolveConnectLink(req.connectLinkToken);
    if (!resolved.ok) return { kind: "link_invalid", reason: resolved.reason };
    link = resolved;
  }
  let createLink: { id: string; externalId: string } | null = null;
  if (req.createLinkToken) {
    const resolved = await resolveCreateCompanyLink(req.createLinkToken);
    if (!resolved.ok) return { kind: "link_invalid", reason: resolved.reason };
    createLink = resolved;
    // The lock is the server's: whatever the browser sent, the owner is the one the partner named.
    if (resolved.lockOwnerEmail && resolved.prefill.owner_email) req = { ...req, values: { ...req.values, company_owner_email: resolved.prefill.owner_email } };
  }
  const connectPath = connectPathFor(req.connectLinkToken);

  // Everything we can check ourselves, before anything is claimed or sent.
  const values = validateCompanyValues(req.values);
  let schema: Record<string, unknown> | null = null;
  const country = req.values.country_code;
  try {
    const known = (await getCountries()).some((c) => c.code === country);
    if (!known) return { kind: "invalid", fieldErrors: { ...(values.ok ? {} : values.errors), country_code: "Choose a country from the list" } };
    schema = await getCountryAddressSchema(country);
  } catch (e) {
    const f = failureOf(e, { connectPath, addressLabels: {} });
    if (f) return f.outcome;
    throw e;
  }
  const address = schema ? validateAddress(schema, req.address) : ({ ok: true, data: {} } as const);
  const termsAt = req.termsAcceptedAt;
  const errors = { ...(values.ok ? {} : values.errors), ...(address.ok ? {} : address.errors) };
  if (termsAt === null) errors.terms = "Accept Remote's terms of service and privacy policy to continue";
  if (!values.ok || !address.ok || termsAt === null) return { kind: "invalid", fieldErrors: errors };
  if (Date.now() - termsAt > TERMS_MAX_AGE_MS || termsAt - Date.now() > TERMS_FUTURE_SKEW_MS) {
    logger.info({ event: "company.terms_expired" }, "terms acceptance too old; asking again, nothing sent");
    return { kind: "terms_expired" };
  }

  const externalId = createLink ? createLink.externalId : link ? link.externalId : req.staff ? values.data.external_id || null : null;
  const body = { ...remoteFields(values.data, externalId), ...(Object.keys(address.data).length ? { address_details: address.data } : {}) };
  const claim = await claimCreation(req.idempotencyKey, sha256(JSON.stringify(body)), req.actor.label ?? null);
  if (claim.kind === "taken") return (await earlier(claim.row, req)) ?? { kind: "in_progress" };
  if (createLink) {
    if (!(await takeCreateCompanyLink(createLink.id))) {
      await db.companyCreation.update({ where: { id: claim.id }, data: { status: "failed", errorCode: "link_used" } });
      return { kind: "link_invalid", reason: "link_used" };
    }
    await db.companyCreation.update({ where: { id: claim.id }, data: { createCompanyLinkId: createLink.id } });
  }

  const wanted = [GET_TOKENS, ...(getEnv().REMOTE_SEND_CREATE_PASSWORD_EMAIL ? [SEND_PASSWORD_EMAIL] : [])];
  const addressLabels = Object.fromEntries(Object.entries((schema?.properties ?? {}) as Record<string, { title?: string }>).map(([k, p]) => [k, p.title ?? k]));
  let created;
  try {
    created = await createAtRemote({ ...body, terms_of_service_accepted_at: remoteTime(Math.min(termsAt, Date.now())) }, wanted);
  } catch (e) {
    const f = failureOf(e, { connectPath, addressLabels }) ?? { outcome: { kind: "error" as const }, code: "internal" };
    if (f.code === "internal") logger.error({ err: e instanceof Error ? e.message : String(e) }, "company creation failed");
    await db.companyCreation.update({ where: { id: claim.id }, data: { status: "failed", errorCode: f.code } });
    if (createLink) await releaseCreateCompanyLink(createLink.id);
    await recordAudit({
      type: "company.creation_failed",
      actor: req.actor,
      message: `Company creation for ${values.data.name} failed: ${f.code}`,
      metadata: { creation_id: claim.id, reason: f.code, status: f.status, remote_code: f.remoteCode, country_code: values.data.country_code },
    });
    return f.outcome;
  }

  const stored = await storeCreatedCompany({
    creationId: claim.id,
    reply: created.reply,
    actions: created.actions,
    fallbackName: values.data.name,
    externalId,
    connectLinkId: link?.id ?? null,
    actor: req.actor,
    termsAcceptedAt: remoteTime(termsAt),
  });
  if (createLink) await settleCreateCompanyLink(createLink.id, stored.connectionId, req.actor);
  let consentPath = stored.connectionId ? null : connectPath;
  // Staff setting an external id without a link: a fresh connect link carries it through consent.
  if (!stored.connectionId && !link && externalId) {
    const made = await createConnectLink({ externalId, actor: req.actor, note: `Consent for ${stored.companyName} (created without tokens)` });
    consentPath = `${new URL(made.url).pathname}/start`;
  }
  const outcome: CreatedOutcome = {
    kind: stored.connectionId ? "connected" : "needs_consent",
    companyName: stored.companyName,
    remoteCompanyId: stored.remoteCompanyId,
    connectionId: stored.connectionId,
    passwordEmailSent: created.actions.includes(SEND_PASSWORD_EMAIL),
    connectPath: consentPath,
    repeated: false,
  };
  return outcome;
}
