"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { checkReturnUrl } from "@/lib/connect-return";
import { formatDateTime } from "@/lib/console/format";
import { LINK_EXPIRY_CHOICES } from "@/lib/console/link-expiry";
import { createCreateCompanyLink, MAX_CREATE_LINK_TTL_SECONDS, pendingCreateCompanyLinkUrl, revokeCreateCompanyLink } from "@/lib/create-company-links/service";

const PATH = "/console/create-company-links";
const optional = (max: number, what: string) => z.string().trim().max(max, `${what} can have at most ${max} characters.`).optional().transform((v) => v || undefined);

const createInput = z
  .object({
    externalId: z.string().trim().min(1, "Give the external id your systems know this customer by.").max(200, "The external id can have at most 200 characters."),
    expiresInSeconds: z.coerce.number().int().refine((n) => n <= MAX_CREATE_LINK_TTL_SECONDS && LINK_EXPIRY_CHOICES.some((c) => c.seconds === n), "Choose an expiry of at most 7 days."),
    note: optional(500, "The note"),
    companyName: optional(300, "The company name"),
    countryCode: z.string().trim().toUpperCase().regex(/^([A-Z]{3})?$/, "The country is a 3-letter code like GBR.").optional().transform((v) => v || undefined),
    ownerName: optional(300, "The owner's name"),
    ownerEmail: z.union([z.literal(""), z.string().trim().email("Enter the owner's e-mail address.").max(300)]).optional().transform((v) => v || undefined),
    lockOwnerEmail: z.boolean().optional(),
    returnUrl: z.string().trim().max(2000).optional().transform((v) => v || undefined).refine((v) => !v || checkReturnUrl(v).ok, "The return URL's origin must be listed in CONNECT_RETURN_ORIGINS."),
  })
  .refine((i) => !i.lockOwnerEmail || !!i.ownerEmail, { message: "To lock the owner's e-mail, enter it." });
const linkInput = z.object({ linkId: recordId });

export const createCreateCompanyLinkAction = adminAction(
  createInput,
  async (i, { actor }) => {
    const prefill = Object.fromEntries(
      Object.entries({ company_name: i.companyName, country_code: i.countryCode, owner_name: i.ownerName, owner_email: i.ownerEmail }).filter(([, v]) => v),
    );
    const link = await createCreateCompanyLink({ externalId: i.externalId, expiresInSeconds: i.expiresInSeconds, note: i.note, prefill, lockOwnerEmail: i.lockOwnerEmail, returnUrl: i.returnUrl ? (checkReturnUrl(i.returnUrl) as { ok: true; url: string }).url : null, actor });
    revalidatePath(PATH);
    return { ok: true, message: `Link created, valid until ${formatDateTime(link.expiresAt)}. Copy it and send it to the customer.`, data: { url: link.url, expiresAt: link.expiresAt.toISOString() } };
  },
  { what: "create the link" },
);

export const revokeCreateCompanyLinkAction = adminAction(
  linkInput,
  async ({ linkId }, { actor }) => {
    const revoked = await revokeCreateCompanyLink(linkId, actor);
    revalidatePath(PATH);
    return revoked ? { ok: true, message: "Link revoked: it can no longer be used." } : failure("This link was already used, revoked, or does not exist.");
  },
  { what: "revoke the link", invalid: "Unknown link." },
);

export const copyCreateCompanyLinkAction = adminAction(
  linkInput,
  async ({ linkId }) => {
    const url = await pendingCreateCompanyLinkUrl(linkId);
    return url ? { ok: true, message: "Link ready to copy.", data: { url } } : failure("This link was used, revoked or has expired; create a new one.");
  },
  { what: "read the link", invalid: "Unknown link." },
);
