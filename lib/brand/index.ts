import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { getEnv } from "../env";
import { readLogoSha, readOverrides, type BrandOverrides } from "./overrides";

export type Brand = {
  name: string;
  logoUrl: string | null;
  primaryColor: string;
  supportEmail: string | null;
  privacyUrl: string | null;
};

/** The BRAND_* settings from the environment: what "reset to defaults" returns to. */
export function brandDefaults(): Brand {
  const env = getEnv();
  return {
    name: env.BRAND_NAME,
    logoUrl: env.BRAND_LOGO_URL ?? null,
    primaryColor: env.BRAND_PRIMARY_COLOR,
    supportEmail: env.BRAND_SUPPORT_EMAIL ?? null,
    privacyUrl: env.BRAND_PRIVACY_URL ?? null,
  };
}

/** Where the uploaded logo is served from our own origin; the hash in the URL lets it be cached for good. */
export function uploadedLogoUrl(sha256: string): string {
  return `/brand/logo?v=${sha256.slice(0, 16)}`;
}

/** Settings saved in the console over the environment's defaults; an uploaded logo wins over any logo URL. */
export function mergeBrand(defaults: Brand, o: BrandOverrides, logoSha: string | null): Brand {
  const pick = <K extends keyof BrandOverrides & keyof Brand>(k: K) => (o[k] === undefined ? defaults[k] : o[k]) as Brand[K];
  return {
    name: pick("name"),
    primaryColor: pick("primaryColor"),
    supportEmail: pick("supportEmail"),
    privacyUrl: pick("privacyUrl"),
    logoUrl: logoSha ? uploadedLogoUrl(logoSha) : pick("logoUrl"),
  };
}

/**
 * The partner's brand for public pages. Two primary-key reads per request (deduplicated within a
 * render by React's cache), never a process cache: a change in Settings shows on the very next
 * request in every app process.
 */
export const getBrand = cache(async (): Promise<Brand> => {
  const db = getDb();
  const [overrides, logoSha] = await Promise.all([readOverrides(db), readLogoSha(db)]);
  return mergeBrand(brandDefaults(), overrides, logoSha);
});

/** What the Settings form edits: the brand without the uploaded logo (so its logo URL field shows the URL), and whether one is uploaded. */
export async function brandForSettings(): Promise<{ brand: Brand; logoUrlSetting: string | null; hasUpload: boolean }> {
  const db = getDb();
  const [overrides, logoSha] = await Promise.all([readOverrides(db), readLogoSha(db)]);
  const brand = mergeBrand(brandDefaults(), overrides, logoSha);
  return { brand, logoUrlSetting: mergeBrand(brandDefaults(), overrides, null).logoUrl, hasUpload: logoSha !== null };
}
