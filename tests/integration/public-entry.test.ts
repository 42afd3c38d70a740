import { isValidElement, type ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { submitCompanyAction } from "@/app/(public)/create-company/actions";
import CreateCompanyPage from "@/app/(public)/create-company/page";
import LandingPage from "@/app/(public)/page";
import { GET as startRoute } from "@/app/connect/start/route";
import { issueFormToken } from "@/lib/companies/form-token";
import { createConnectLink } from "@/lib/connect-links/service";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { companyPosts, companyValues, USA_ADDRESS } from "./support/companies";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.5" }), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

let db: Db;
let adminId: string;

function mode(m: "none" | "connect" | "all") {
  process.env.PUBLIC_ENTRY = m;
  process.env.BRAND_SUPPORT_EMAIL = "help@partner.example";
  resetEnvForTests();
}

/** Links and text of a server-rendered tree (function components are called; links are not entered). */
async function render(node: ReactNode | Promise<ReactNode>): Promise<{ hrefs: string[]; text: string }> {
  const hrefs: string[] = [];
  let text = "";
  const walk = async (n: unknown): Promise<void> => {
    n = await n;
    if (n === null || n === undefined || typeof n === "boolean") return;
    if (typeof n === "string" || typeof n === "number") return void (text += String(n));
    if (Array.isArray(n)) {
      for (const c of n) await walk(c);
      return;
    }
    if (!isValidElement(n)) return;
    const props = n.props as { href?: string; children?: ReactNode };
    if (typeof props.href === "string") hrefs.push(props.href);
    if (typeof n.type === "function" && typeof props.href !== "string") return walk((n.type as (p: unknown) => unknown)(props));
    await walk(props.children);
  };
  await walk(node);
  return { hrefs, text: text.replace(/\s+/g, " ") };
}

/** The page's form data, or the HTTP status it was refused with (pages refuse by throwing). */
async function openCreateCompany(search: { link?: string } = {}): Promise<{ status: number; kind?: string }> {
  try {
    const el = (await CreateCompanyPage({ searchParams: Promise.resolve(search) })) as { props: { data: { kind: string } } };
    return { status: 200, kind: el.props.data.kind };
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { status: Number(digest.split(";")[1]) };
    throw e;
  }
}

const footprint = async () => ({
  buckets: await db.rateLimitBucket.count(),
  audit: await db.auditEvent.count(),
  pending: await db.pendingAuthorization.count(),
  creations: await db.companyCreation.count(),
});
const NOTHING = { buckets: 0, audit: 0, pending: 0, creations: 0 };
const start = () => startRoute(new Request("http://localhost:3999/connect/start", { headers: { "x-forwarded-for": "203.0.113.5" } }), { params: Promise.resolve({}) });

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  session.current = null;
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
});
afterEach(() => {
  delete process.env.PUBLIC_ENTRY;
  delete process.env.BRAND_SUPPORT_EMAIL;
  resetEnvForTests();
});

describe("PUBLIC_ENTRY=none: only the partner's links (and staff) start a flow", () => {
  beforeEach(() => mode("none"));

  it("the landing page explains that a link is needed, names the support e-mail, offers neither Connect nor the form", async () => {
    const page = await render(LandingPage());
    expect(page.hrefs).not.toContain("/connect/start");
    expect(page.hrefs).not.toContain("/create-company");
    expect(page.text).toContain("starts from a link");
    expect(page.hrefs).toContain("mailto:help@partner.example");
  });

  it("/connect/start without a link is refused (to the 'needs a link' page) before anything is written; an admin may start", async () => {
    const res = await start();
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get("location")!).pathname + new URL(res.headers.get("location")!).search).toBe("/connect/error?reason=link_required");
    expect(await footprint()).toEqual(NOTHING);
    session.current = { user: { id: adminId } };
    expect(new URL((await start()).headers.get("location")!).pathname).toMatch(/\/oauth2\/authorize$/);
    expect(await db.pendingAuthorization.count()).toBe(1);
  });

  it("/create-company without a link is refused with 404, leaving nothing behind (no bucket, no audit, no creation)", async () => {
    expect(await openCreateCompany()).toEqual({ status: 404 });
    expect(await footprint()).toEqual(NOTHING);
  });

  it("a submit without a link is refused before the quota or Remote is touched", async () => {
    const state = await submitCompanyAction(
      { outcome: null, token: null, seq: 0 },
      { token: issueFormToken(null), link: null, values: companyValues(), address: { ...USA_ADDRESS }, termsAcceptedMsAgo: 1000 },
    );
    expect(state.outcome).toEqual({ kind: "link_invalid", reason: "link_required" });
    expect(await footprint()).toEqual(NOTHING);
    expect(await companyPosts()).toHaveLength(0);
  });

  it("a connect link still opens the form, and so does a signed-in admin from the console", async () => {
    const link = await createConnectLink({ externalId: "c1", actor: { type: "staff", id: "s", label: "ops" } });
    expect(await openCreateCompany({ link: link.url.split("/connect/")[1] })).toEqual({ status: 200, kind: "form" });
    session.current = { user: { id: adminId } };
    expect(await openCreateCompany()).toEqual({ status: 200, kind: "form" });
  });
});

describe("PUBLIC_ENTRY=connect: open consent, create-company needs a link", () => {
  beforeEach(() => mode("connect"));

  it("the landing page offers Connect but not the form, and /connect/start opens for anyone", async () => {
    const page = await render(LandingPage());
    expect(page.hrefs).toContain("/connect/start");
    expect(page.hrefs).not.toContain("/create-company");
    expect(new URL((await start()).headers.get("location")!).pathname).toMatch(/\/oauth2\/authorize$/);
    expect(await db.pendingAuthorization.count()).toBe(1);
  });

  it("/create-company without a link is refused with 404 and writes nothing", async () => {
    expect(await openCreateCompany()).toEqual({ status: 404 });
    expect(await footprint()).toEqual(NOTHING);
  });
});

describe("PUBLIC_ENTRY=all: today's behaviour", () => {
  beforeEach(() => mode("all"));

  it("the landing page offers both, and the form opens for anyone", async () => {
    const page = await render(LandingPage());
    expect(page.hrefs).toEqual(expect.arrayContaining(["/connect/start", "/create-company"]));
    expect(await openCreateCompany()).toEqual({ status: 200, kind: "form" });
  });
});
