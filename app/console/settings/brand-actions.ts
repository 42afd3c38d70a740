"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { brandFormSchema, removeLogo, resetBrand, saveBrand, saveLogo } from "@/lib/brand/store";

function refresh() {
  revalidatePath("/console/settings");
  revalidatePath("/", "layout");
}

export const saveBrandAction = adminAction(
  brandFormSchema,
  async (input, { actor }) => {
    await saveBrand(input, actor);
    refresh();
    return { ok: true, message: "Branding saved: the public pages show it from the next page load." };
  },
  { what: "save the branding" },
);

const upload = z.custom<FormData>((v) => v instanceof FormData, { message: "Choose a logo file." });

export const uploadLogoAction = adminAction(
  upload,
  async (form, { actor }) => {
    const file = form.get("logo");
    if (!(file instanceof File) || file.size === 0) return failure("Choose a PNG or SVG logo file.");
    const saved = await saveLogo(new Uint8Array(await file.arrayBuffer()), actor);
    if (!saved.ok) return failure(saved.error);
    refresh();
    return { ok: true, message: "Logo uploaded: it replaces any logo URL on the public pages." };
  },
  { what: "upload the logo" },
);

export const removeLogoAction = adminAction(
  z.undefined().or(z.null()).or(z.object({})),
  async (_input, { actor }) => {
    await removeLogo(actor);
    refresh();
    return { ok: true, message: "Uploaded logo removed." };
  },
  { what: "remove the logo" },
);

export const resetBrandAction = adminAction(
  z.undefined().or(z.null()).or(z.object({})),
  async (_input, { actor }) => {
    await resetBrand(actor);
    refresh();
    return { ok: true, message: "Branding reset to the defaults from the environment (BRAND_* settings)." };
  },
  { what: "reset the branding" },
);
