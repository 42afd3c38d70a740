"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { checkReturnUrl } from "@/lib/connect-return";
import { createConnectLink, pendingConnectLinkUrl, revokeConnectLink } from "@/lib/connect-links/service";
import { formatDateTime } from "@/lib/console/format";
import { LINK_EXPIRY_CHOICES } from "@/lib/console/link-expiry";

const createInput = z.object({
  externalId: z.string().trim().max(200, "The external id can have at most 200 characters.").optional().transform((v) => v || undefined),
  expiresInSeconds: z.coerce.number().int().refine((n) => LINK_EXPIRY_CHOICES.some((c) => c.seconds === n), "Choose an expiry from the list."),
  note: z.string().trim().max(500, "The note can have at most 500 characters.").optional().transform((v) => v || undefined),
  returnUrl: z.string().trim().optional().transform((v) => v || undefined),
});
const linkInput = z.object({ linkId: recordId });

/** Creates a single-use connect link. */
export const createLinkAction = adminAction(
  createInput,
  async ({ returnUrl, ...input }, { actor }) => {
    const checked = returnUrl ? checkReturnUrl(returnUrl) : null;
    if (checked && !checked.ok) return failure(`The return URL was refused: ${checked.message}.`);
    const link = await createConnectLink({ ...input, returnUrl: checked?.url, actor });
    revalidatePath("/console/connect-links");
    return {
      ok: true,
      message: `Link created, valid until ${formatDateTime(link.expiresAt)}. Copy it and send it to an admin of the customer's Remote company.`,
      data: { url: link.url, expiresAt: link.expiresAt.toISOString() },
    };
  },
  { what: "create the link" },
);

export const revokeLinkAction = adminAction(
  linkInput,
  async ({ linkId }, { actor }) => {
    const revoked = await revokeConnectLink(linkId, actor);
    revalidatePath("/console/connect-links");
    return revoked ? { ok: true, message: "Link revoked: it can no longer be used." } : failure("This link was already used, revoked, or does not exist.");
  },
  { what: "revoke the link", invalid: "Unknown link." },
);

/** Copy from the list: the URL of a pending link (admins only; the token is stored encrypted). */
export const copyLinkAction = adminAction(
  linkInput,
  async ({ linkId }) => {
    const url = await pendingConnectLinkUrl(linkId);
    return url ? { ok: true, message: "Link ready to copy.", data: { url } } : failure("This link was used, revoked or has expired; create a new one.");
  },
  // A link sealed with a key that has since left the key ring cannot be read back.
  { what: "read the link", invalid: "Unknown link.", hint: "It may predate link copying: revoke it and create another" },
);
