"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, type ActionResult } from "@/lib/auth/action-result";
import { staffForAction } from "@/lib/auth/guards";
import { createConnectLink, pendingConnectLinkUrl, revokeConnectLink } from "@/lib/connect-links/service";
import { formatDateTime } from "@/lib/console/format";
import { LINK_EXPIRY_CHOICES } from "@/lib/console/link-expiry";
import { guardAction } from "@/lib/http/action-error";

const createInput = z.object({
  externalId: z.string().trim().max(200, "The external id can have at most 200 characters.").optional().transform((v) => v || undefined),
  expiresInSeconds: z.coerce.number().int().refine((n) => LINK_EXPIRY_CHOICES.some((c) => c.seconds === n), "Choose an expiry from the list."),
  note: z.string().trim().max(500, "The note can have at most 500 characters.").optional().transform((v) => v || undefined),
});

/** Creates a single-use connect link. */
export async function createLinkAction(raw: unknown): Promise<ActionResult<{ url: string; expiresAt: string }>> {
  return guardAction("create the link", async () => {
    const guard = await staffForAction("admin");
    if (!guard.ok) return failure(guard.error);
    const parsed = createInput.safeParse(raw);
    if (!parsed.success) return failure(parsed.error.issues[0]?.message ?? "Check the form.");
    const link = await createConnectLink({ ...parsed.data, actor: guard.actor });
    revalidatePath("/console/connect-links");
    return {
      ok: true,
      message: `Link created, valid until ${formatDateTime(link.expiresAt)}. Copy it and send it to an admin of the customer's Remote company.`,
      data: { url: link.url, expiresAt: link.expiresAt.toISOString() },
    };
  });
}

const revokeInput = z.object({ linkId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

export async function revokeLinkAction(raw: unknown): Promise<ActionResult> {
  return guardAction("revoke the link", async () => {
    const guard = await staffForAction("admin");
    if (!guard.ok) return failure(guard.error);
    const parsed = revokeInput.safeParse(raw);
    if (!parsed.success) return failure("Unknown link.");
    const revoked = await revokeConnectLink(parsed.data.linkId, guard.actor);
    revalidatePath("/console/connect-links");
    return revoked ? { ok: true, message: "Link revoked: it can no longer be used." } : failure("This link was already used, revoked, or does not exist.");
  });
}

const copyInput = z.object({ linkId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

/** Copy from the list: the URL of a pending link (admins only; the token is stored encrypted). */
export async function copyLinkAction(raw: unknown): Promise<ActionResult<{ url: string }>> {
  return guardAction(
    "read the link",
    async () => {
      const guard = await staffForAction("admin");
      if (!guard.ok) return failure(guard.error);
      const parsed = copyInput.safeParse(raw);
      if (!parsed.success) return failure("Unknown link.");
      const url = await pendingConnectLinkUrl(parsed.data.linkId);
      return url ? { ok: true, message: "Link ready to copy.", data: { url } } : failure("This link was used, revoked or has expired; create a new one.");
    },
    // A link sealed with a key that has since left the key ring cannot be read back.
    "It may predate link copying: revoke it and create another",
  );
}
