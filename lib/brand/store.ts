import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { unreadableColourReason } from "./contrast";
import { checkLogo } from "./logo-file";
import { BRAND_SETTING_KEY, LOGO_ASSET_ID, serializeOverrides } from "./overrides";

const optional = (inner: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v), inner.nullable());
const webUrl = (what: string) =>
  z.url({ protocol: /^https?$/, message: `The ${what} must be a full web address starting with https://.` }).max(2000);

/** What the Settings form saves; every field replaces the environment's default. */
export const brandFormSchema = z.object({
  name: z.string().trim().min(1, { message: "Enter the name your customers know you by." }).max(80, { message: "Keep the name to 80 characters." }),
  primaryColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: "The primary colour must look like #1d4ed8." })
    .transform((c) => c.toLowerCase())
    .superRefine((c, ctx) => {
      const why = unreadableColourReason(c);
      if (why) ctx.addIssue({ code: "custom", message: why });
    }),
  supportEmail: optional(z.email({ message: "The support e-mail must be an e-mail address." })),
  privacyUrl: optional(webUrl("privacy policy link")),
  logoUrl: optional(webUrl("logo URL")),
});
export type BrandForm = z.output<typeof brandFormSchema>;

export async function saveBrand(input: BrandForm, actor: Actor): Promise<void> {
  const value = serializeOverrides(input);
  const updatedBy = actor.label ?? null;
  await getDb().$transaction(async (tx) => {
    await tx.appSetting.upsert({ where: { key: BRAND_SETTING_KEY }, create: { key: BRAND_SETTING_KEY, value, updatedBy }, update: { value, updatedBy } });
    await recordAudit({ type: "settings.brand_updated", actor, message: "Branding saved", metadata: { change: "saved", name: input.name, primaryColor: input.primaryColor } }, tx);
  });
}

export type LogoResult = { ok: true; sha256: string } | { ok: false; error: string };

export async function saveLogo(bytes: Uint8Array, actor: Actor): Promise<LogoResult> {
  const check = checkLogo(bytes);
  if (!check.ok) return check;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const data = { contentType: check.contentType, dataBase64: Buffer.from(bytes).toString("base64"), sha256, updatedBy: actor.label ?? null };
  await getDb().$transaction(async (tx) => {
    await tx.brandAsset.upsert({ where: { id: LOGO_ASSET_ID }, create: { id: LOGO_ASSET_ID, ...data }, update: data });
    await recordAudit({ type: "settings.brand_updated", actor, message: "Logo uploaded", metadata: { change: "logo_uploaded", contentType: check.contentType, bytes: bytes.length, sha256 } }, tx);
  });
  return { ok: true, sha256 };
}

export async function removeLogo(actor: Actor): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.brandAsset.deleteMany({ where: { id: LOGO_ASSET_ID } });
    await recordAudit({ type: "settings.brand_updated", actor, message: "Uploaded logo removed", metadata: { change: "logo_removed" } }, tx);
  });
}

/** Back to the BRAND_* settings of the environment: the saved values and the uploaded logo go. */
export async function resetBrand(actor: Actor): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.appSetting.deleteMany({ where: { key: BRAND_SETTING_KEY } });
    await tx.brandAsset.deleteMany({ where: { id: LOGO_ASSET_ID } });
    await recordAudit({ type: "settings.brand_updated", actor, message: "Branding reset to the defaults", metadata: { change: "reset" } }, tx);
  });
}

/** The uploaded logo's bytes for the logo route, or null. */
export async function readLogo(): Promise<{ contentType: string; bytes: Buffer; sha256: string } | null> {
  const row = await getDb().brandAsset.findUnique({ where: { id: LOGO_ASSET_ID } });
  return row ? { contentType: row.contentType, bytes: Buffer.from(row.dataBase64, "base64"), sha256: row.sha256 } : null;
}
