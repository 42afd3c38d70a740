"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/audit/events";
import { currentStaff, staffActor } from "@/lib/auth/guards";
import { roleAllows } from "@/lib/auth/roles";
import type { AddressSchemaResult } from "@/lib/companies/address";
import { getCountries, getCountryAddressSchema } from "@/lib/companies/catalog";
import { ID_TYPES } from "@/lib/companies/fields";
import { issueFormToken, verifyFormToken } from "@/lib/companies/form-token";
import { isCreated, type FailedOutcome } from "@/lib/companies/outcome";
import { setCompanyResult } from "@/lib/companies/result-cookie";
import { createCompanyWithConsent } from "@/lib/companies/service";
import { checkSubmitQuota } from "@/lib/companies/submit-quota";
import { outcomeRedirectUrl } from "@/lib/connect-return";
import { createLinkReturnFor } from "@/lib/create-company-links/service";
import { getEnv } from "@/lib/env";
import { formLinkBinding } from "@/lib/public-entry/form-binding";
import { mayStart } from "@/lib/public-entry/policy";
import { reportActionFailure } from "@/lib/http/action-error";
import { clientAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/logger";

async function submitterAddress(): Promise<string | null> {
  return clientAddress(await headers(), getEnv().TRUSTED_PROXY_HOPS);
}

// Public actions: anyone can call them, so the payload is parsed strictly, the form token must be
// one this server issued, and nothing but plain messages goes back.
const str = (max: number) => z.string().max(max);
const payloadSchema = z.strictObject({
  token: str(200),
  link: str(100).nullable(),
  createLink: str(100).nullable().optional(),
  values: z.strictObject({
    name: str(300),
    company_owner_name: str(300),
    company_owner_email: str(300),
    country_code: str(3),
    desired_currency: str(3),
    id_type: z.enum(ID_TYPES),
    id_number: str(200),
    phone_number: str(60),
    email_domain: str(300),
    external_id: str(300),
  }),
  address: z.record(z.string().regex(/^[a-z0-9_]{1,64}$/i), str(500)).refine((a) => Object.keys(a).length <= 40),
  /** How long ago the box was ticked, by the browser's clock: the server dates it on its own clock. */
  termsAcceptedMsAgo: z.number().int().min(0).max(7 * 24 * 3600_000).nullable(),
});

export type SubmitPayload = z.input<typeof payloadSchema>;
/** `token` is the form token to use for the next submit (a fresh one after expiry or interruption). */
export type SubmitState = { outcome: FailedOutcome | null; token: string | null; seq: number };

async function staffOrNull() {
  try {
    const staff = await currentStaff();
    return staff && roleAllows(staff.role, "admin") ? staff : null;
  } catch {
    return null;
  }
}

export async function submitCompanyAction(prev: SubmitState, raw: SubmitPayload): Promise<SubmitState> {
  const seq = prev.seq + 1;
  // Once the form token is known, a failure hands the same one back: a resubmit is then recognised
  // as the same attempt (idempotency) instead of creating a second company.
  let token = prev.token;
  try {
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success) return { outcome: { kind: "error" }, token, seq };
    const p = parsed.data;
    const formBinding = formLinkBinding(p.link, p.createLink ?? null);
    const verified = verifyFormToken(p.token, formBinding);
    if (!verified.ok) return { outcome: { kind: "form_expired" }, token: issueFormToken(formBinding), seq };
    token = p.token;

    const staff = await staffOrNull();
    // PUBLIC_ENTRY: without a partner's link (or staff), refuse before anything is counted or sent.
    if (!mayStart("create_company", { link: !!(p.link || p.createLink), staff: !!staff })) return { outcome: { kind: "link_invalid", reason: "link_required" }, token, seq };
    if (!staff) {
      const quota = await checkSubmitQuota(await submitterAddress());
      if (!quota.allowed) return { outcome: { kind: "too_many_attempts", retryAfterSeconds: quota.retryAfterSeconds }, token, seq };
    }
    const actor: Actor = staff ? staffActor(staff) : { type: "company_admin", label: "Create-company form" };
    const outcome = await createCompanyWithConsent({
      idempotencyKey: verified.idempotencyKey,
      values: p.values,
      address: p.address,
      termsAcceptedAt: p.termsAcceptedMsAgo === null ? null : Date.now() - p.termsAcceptedMsAgo,
      connectLinkToken: p.link,
      createLinkToken: p.createLink ?? null,
      actor,
      staff: !!staff,
    });
    logger.info({ event: "company.create_submitted", outcome: outcome.kind, staff: !!staff, viaLink: !!p.link, viaCreateLink: !!p.createLink }, "create-company form submitted");
    if (isCreated(outcome)) {
      // A create-company link with a return_url: back to the partner with the signed outcome.
      const back = p.createLink && outcome.connectionId ? await createLinkReturnFor(outcome.connectionId) : null;
      if (back) redirect(outcomeRedirectUrl(back.returnUrl, { status: "connected", connectionId: outcome.connectionId!, externalId: back.externalId }));
      await setCompanyResult(outcome);
      redirect("/create-company/done");
    }
    // An interrupted attempt keeps its key forever; a new form (new key) lets the user go on.
    return { outcome, seq, token: outcome.kind === "interrupted" ? issueFormToken(formBinding) : token };
  } catch (e) {
    // Unexpected (database down, a bug): a plain message, never a stack trace or a detail.
    reportActionFailure(e, "create the company");
    return { outcome: { kind: "error" }, token, seq };
  }
}

/** Remote's address schema for a country (cached server-side); the browser renders it with jsf. */
export async function loadAddressSchemaAction(countryCode: string): Promise<AddressSchemaResult> {
  if (typeof countryCode !== "string" || !/^[A-Z]{3}$/.test(countryCode)) return { ok: false, message: "Choose a country from the list." };
  try {
    if (!(await getCountries()).some((c) => c.code === countryCode)) return { ok: false, message: "Choose a country from the list." };
    return { ok: true, schema: await getCountryAddressSchema(countryCode) };
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e), countryCode }, "address schema unavailable");
    return { ok: false, message: "We couldn't load the address form from Remote. Check your connection and choose the country again." };
  }
}
