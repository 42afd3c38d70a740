"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/service";

const createInput = z.object({ name: z.string().trim().min(1, "Give the key a name, e.g. the system that will use it.").max(100, "The name can have at most 100 characters.") });

/** Creates a partner API key; the key itself is returned once and never stored. */
export const createApiKeyAction = adminAction(
  createInput,
  async ({ name }, { actor }) => {
    const created = await createApiKey({ name, actor });
    revalidatePath("/console/api-keys");
    return { ok: true, message: `Key "${created.name}" created. Copy it now: it is shown only once.`, data: { key: created.key, prefix: created.prefix } };
  },
  { what: "create the key" },
);

export const revokeApiKeyAction = adminAction(
  z.object({ keyId: recordId }),
  async ({ keyId }, { actor }) => {
    const revoked = await revokeApiKey(keyId, actor);
    revalidatePath("/console/api-keys");
    return revoked ? { ok: true, message: "Key revoked: requests with it now get 401." } : failure("This key was already revoked or does not exist.");
  },
  { what: "revoke the key", invalid: "Unknown key." },
);
