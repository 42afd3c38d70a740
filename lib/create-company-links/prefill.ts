import { z } from "zod";

/** What a partner may prefill on the create-company form. */
export const prefillSchema = z
  .object({
    company_name: z.string().trim().min(1).max(300).optional(),
    country_code: z.string().regex(/^[A-Z]{3}$/, "country_code is an ISO 3166-1 alpha-3 code like GBR").optional(),
    owner_name: z.string().trim().min(1).max(300).optional(),
    owner_email: z.string().trim().email().max(300).optional(),
  })
  .strict();
export type CreatePrefill = z.infer<typeof prefillSchema>;

export function parsePrefill(json: string | null): CreatePrefill {
  if (!json) return {};
  try {
    const r = prefillSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : {};
  } catch {
    return {};
  }
}
