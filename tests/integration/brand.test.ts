import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";

// Who is signed in is next-auth's business; the staff row and its role are still read from the database.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// Outside Next there is no render cache to invalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const actions = await import("@/app/console/settings/brand-actions");
const { getBrand } = await import("@/lib/brand");
const { GET: logoRoute } = await import("@/app/brand/logo/route");

const ENV = { BRAND_NAME: "Env Partner", BRAND_PRIMARY_COLOR: "#0f766e", BRAND_SUPPORT_EMAIL: "help@env.example", BRAND_PRIVACY_URL: "https://env.example/privacy", BRAND_LOGO_URL: "https://env.example/logo.png" };
const saved = { name: "Acme HR", primaryColor: "#7C2D12", supportEmail: "", privacyUrl: "https://acme.example/privacy", logoUrl: "" };
const utf8 = (s: string) => new TextEncoder().encode(s);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#7c2d12"/></svg>';
const logoForm = (bytes: Uint8Array, name = "logo.svg", type = "image/svg+xml") => {
  const f = new FormData();
  f.set("logo", new File([bytes as BlobPart], name, { type }));
  return f;
};

let db: Db;
let viewerId: string;
let adminId: string;

beforeEach(async () => {
  Object.assign(process.env, ENV);
  resetEnvForTests();
  db = await freshDatabase();
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  session.current = { user: { id: adminId } };
});
afterEach(() => {
  for (const k of Object.keys(ENV)) delete process.env[k];
  resetEnvForTests();
});

describe("getBrand", () => {
  it("takes the BRAND_* settings, then what Settings saved over them, then an uploaded logo over any logo URL; reset returns to the settings", async () => {
    expect(await getBrand()).toEqual({ name: "Env Partner", primaryColor: "#0f766e", supportEmail: "help@env.example", privacyUrl: "https://env.example/privacy", logoUrl: "https://env.example/logo.png" });

    expect(await actions.saveBrandAction(saved)).toMatchObject({ ok: true });
    // An emptied field means "none", not "the environment's".
    expect(await getBrand()).toEqual({ name: "Acme HR", primaryColor: "#7c2d12", supportEmail: null, privacyUrl: "https://acme.example/privacy", logoUrl: null });

    expect(await actions.uploadLogoAction(logoForm(utf8(SVG)))).toMatchObject({ ok: true });
    const { logoUrl } = await getBrand();
    expect(logoUrl).toMatch(/^\/brand\/logo\?v=[0-9a-f]{16}$/);

    const audit = await db.auditEvent.findMany({ where: { type: "settings.brand_updated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actorId, JSON.parse(a.metadata ?? "{}").change])).toEqual([[adminId, "saved"], [adminId, "logo_uploaded"]]);

    expect(await actions.resetBrandAction(undefined)).toMatchObject({ ok: true });
    expect((await getBrand()).name).toBe("Env Partner");
    expect((await getBrand()).logoUrl).toBe("https://env.example/logo.png");
    expect(await db.brandAsset.count()).toBe(0);
  });
});

describe("brand actions refuse", () => {
  it("viewers, changing nothing", async () => {
    session.current = { user: { id: viewerId } };
    for (const r of [await actions.saveBrandAction(saved), await actions.uploadLogoAction(logoForm(utf8(SVG))), await actions.resetBrandAction(undefined), await actions.removeLogoAction(undefined)]) {
      expect(r).toEqual({ ok: false, error: VIEWER_CANNOT_ACT });
    }
    expect(await db.appSetting.count()).toBe(0);
    expect(await db.brandAsset.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a colour white text cannot be read on, saying why and suggesting a darker shade", async () => {
    const r = await actions.saveBrandAction({ ...saved, primaryColor: "#fde047" });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/contrast of 1\.\d:1, below the 4\.5:1 .*darker shade such as #[0-9a-f]{6}/) });
    expect(await db.appSetting.count()).toBe(0);
    expect((await getBrand()).primaryColor).toBe("#0f766e");
  });

  it("a file over 200 KB, a non-image named .png, and an SVG with a script", async () => {
    const big = new Uint8Array(200 * 1024 + 1).fill(32);
    big.set(utf8("<svg>"));
    expect(await actions.uploadLogoAction(logoForm(big))).toMatchObject({ ok: false, error: expect.stringMatching(/limit is 200 KB/) });
    expect(await actions.uploadLogoAction(logoForm(utf8("<html><body>hi</body></html>"), "logo.png", "image/png"))).toMatchObject({ ok: false, error: expect.stringMatching(/not a PNG or SVG/) });
    expect(await actions.uploadLogoAction(logoForm(utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')))).toMatchObject({ ok: false, error: expect.stringMatching(/scripts/) });
    expect(await db.brandAsset.count()).toBe(0);
  });
});

describe("the logo route", () => {
  it("serves the stored bytes with their type, nosniff, a script-blocking CSP and a long cache for the hashed URL", async () => {
    expect((await logoRoute(new Request("http://app.test/brand/logo"))).status).toBe(404);
    await actions.uploadLogoAction(logoForm(utf8(SVG)));
    const url = (await getBrand()).logoUrl!;
    const res = await logoRoute(new Request(`http://app.test${url}`));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(SVG);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // An old or made-up version is revalidated, never cached for good.
    expect((await logoRoute(new Request("http://app.test/brand/logo?v=0000000000000000"))).headers.get("cache-control")).toBe("no-cache");
  });

  it("keeps the sandbox on an SVG with a script that reached the table some other way", async () => {
    const evil = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';
    await db.brandAsset.create({ data: { id: "logo", contentType: "image/svg+xml", dataBase64: Buffer.from(evil).toString("base64"), sha256: "a".repeat(64) } });
    const res = await logoRoute(new Request("http://app.test/brand/logo"));
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
  });
});
