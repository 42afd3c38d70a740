"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, type ActionResult } from "@/lib/auth/action-result";
import { staffForAction } from "@/lib/auth/guards";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/service";
import { guardAction } from "@/lib/http/action-error";

const createInput = z.object({ name: z.string().trim().min(1, "Give the key a name, e.g. the system that will use it.").max(100, "The name can have at most 100 characters.") });

/** Creates a partner API key; the key itself is returned once and never stored. */
export async function createApiKeyAction(raw: unknown): Promise<ActionResult<{ key: string; prefix: string }>> {
  return guardAction("create the key", async () => {
    const guard = await staffForAction("admin");
    if (!guard.ok) return failure(guard.error);
    const parsed = createInput.safeParse(raw);
    if (!parsed.success) return failure(parsed.error.issues[0]?.message ?? "Check the form.");
    const created = await createApiKey({ name: parsed.data.name, actor: guard.actor });
    revalidatePath("/console/api-keys");
    return { ok: true, message: `Key "${created.name}" created. Copy it now: it is shown only once.`, data: { key: created.key, prefix: created.prefix } };
  });
}

const revokeInput = z.object({ keyId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

export async function revokeApiKeyAction(raw: unknown): Promise<ActionResult> {
  return guardAction("revoke the key", async () => {
    const guard = await staffForAction("admin");
    if (!guard.ok) return failure(guard.error);
    const parsed = revokeInput.safeParse(raw);
    if (!parsed.success) return failure("Unknown key.");
    const revoked = await revokeApiKey(parsed.data.keyId, guard.actor);
    revalidatePath("/console/api-keys");
    return revoked ? { ok: true, message: "Key revoked: requests with it now get 401." } : failure("This key was already revoked or does not exist.");
  });
}
