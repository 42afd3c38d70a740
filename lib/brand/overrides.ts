import "server-only";
import { z } from "zod";
import type { Db } from "../db";

/** The AppSetting row that holds the brand saved in Settings. */
export const BRAND_SETTING_KEY = "brand";
export const LOGO_ASSET_ID = "logo";

const hex = z.string().regex(/^#[0-9a-f]{6}$/);
const overridesSchema = z.object({
  name: z.string().min(1).max(80).optional(),
  primaryColor: hex.optional(),
  supportEmail: z.string().nullable().optional(),
  privacyUrl: z.string().nullable().optional(),
  logoUrl: z.string().nullable().optional(),
});

/** A field that is absent falls back to the environment; null means "none" on purpose. */
export type BrandOverrides = z.infer<typeof overridesSchema>;

type Reader = Pick<Db, "appSetting">;

/** The uploaded logo's hash, if one is stored (its bytes are read only by the logo route). */
export async function readLogoSha(db: Pick<Db, "brandAsset">): Promise<string | null> {
  const row = await db.brandAsset.findUnique({ where: { id: LOGO_ASSET_ID }, select: { sha256: true } });
  return row?.sha256 ?? null;
}

export async function readOverrides(db: Reader): Promise<BrandOverrides> {
  const row = await db.appSetting.findUnique({ where: { key: BRAND_SETTING_KEY }, select: { value: true } });
  if (!row) return {};
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    json = null;
  }
  // A row damaged by hand must not take the public pages down: the defaults still show.
  const parsed = overridesSchema.safeParse(json);
  return parsed.success ? parsed.data : {};
}

export function serializeOverrides(o: BrandOverrides): string {
  return JSON.stringify(overridesSchema.parse(o));
}
