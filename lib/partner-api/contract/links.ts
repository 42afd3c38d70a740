// Connect links (consent for an existing Remote company) and create-company links.
import { z } from "zod";
import { checkReturnUrl } from "../../connect-return";
import { MAX_LINK_TTL_SECONDS } from "../../connect-links/service";
import { MAX_CREATE_LINK_TTL_SECONDS } from "../../create-company-links/service";
import { prefillSchema } from "../../create-company-links/prefill";
import { DateTime } from "./common";

const externalId = z.string().trim().min(1).max(200).meta({ description: "The partner's own id for the company; the connection carries it.", example: "acct_42" });
const note = z.string().trim().max(500).meta({ description: "Shown to staff in the console." });

export const ConnectLinkRequest = z
  .object({
    external_id: externalId.optional(),
    expires_in_seconds: z.number().int().min(60).max(MAX_LINK_TTL_SECONDS).optional().meta({ example: 604800 }),
    note: note.optional(),
    return_url: z.string().trim().min(1).optional().meta({ description: "Where the admin lands afterwards; on an origin in CONNECT_RETURN_ORIGINS.", example: "https://app.example.com/remote/done" }),
  })
  .strict()
  .meta({ id: "ConnectLinkRequest", example: { external_id: "acct_42" } });

export const ConnectLink = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: "Single use; send it to a company admin.", example: "https://connect.example.com/connect/cl_…" }),
    expires_at: DateTime,
    external_id: z.string().nullable(),
    return_url: z.string().nullable(),
  })
  .strict()
  .meta({ id: "ConnectLink" });

export const CreateCompanyLinkRequest = z
  .object({
    external_id: externalId,
    return_url: z.string().max(2000).refine((u) => checkReturnUrl(u).ok, "return_url must be on an origin listed in CONNECT_RETURN_ORIGINS").optional(),
    prefill: prefillSchema.optional().meta({ description: "Prefills the create-company form." }),
    lock_owner_email: z.boolean().optional().meta({ description: "The owner e-mail cannot be changed (needs prefill.owner_email)." }),
    expires_in_seconds: z.number().int().min(60).max(MAX_CREATE_LINK_TTL_SECONDS).optional(),
    note: note.optional(),
  })
  .strict()
  .refine((b) => !b.lock_owner_email || !!b.prefill?.owner_email, { message: "lock_owner_email needs prefill.owner_email", path: ["lock_owner_email"] })
  .meta({ id: "CreateCompanyLinkRequest", example: { external_id: "acct_42", prefill: { company_name: "Acme Ltd", country_code: "GBR" } } });

export const CreateCompanyLink = z
  .object({ id: z.string(), url: z.string(), expires_at: DateTime, external_id: z.string() })
  .strict()
  .meta({ id: "CreateCompanyLink" });
