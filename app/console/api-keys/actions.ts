"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { ApiKeyInputError, createApiKey, revokeApiKey } from "@/lib/api-keys/service";

const createInput = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the system that will use it.").max(100, "The name can have at most 100 characters."),
  scopes: z.array(z.enum(API_SCOPES, "Choose scopes from the list.")).min(1, "Choose at least one scope.").max(API_SCOPES.length).default([...API_SCOPES]),
  // Empty: all connections. Compared exactly (case included) with external ids, so only outer spaces are dropped.
  connectionExternalIdPrefix: z.string().trim().max(200, "The external-id prefix can have at most 200 characters.").optional(),
});

/** Creates a partner API key; the key itself is returned once and never stored. */
export const createApiKeyAction = adminAction(
  createInput,
  async ({ name, scopes, connectionExternalIdPrefix }, { actor }) => {
    const created = await createApiKey({ name, scopes, connectionExternalIdPrefix: connectionExternalIdPrefix || null, actor });
    revalidatePath("/console/api-keys");
    return { ok: true, message: `Key "${created.name}" created. Copy it now: it is shown only once.`, data: { key: created.key, prefix: created.prefix } };
  },
  { what: "create the key", expected: (e) => (e instanceof ApiKeyInputError ? e.message : undefined) },
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
