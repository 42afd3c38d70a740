import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

// The session cookie is next-auth's business; here it is replaced by whatever `session` holds.
const session: { current: { user: { id: string } } | null } = { current: null };
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

const { currentStaff, requireStaff, safeCallbackUrl, staffForAction, NOT_SIGNED_IN, VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const { sessionExpired, tokenForSignIn } = await import("@/lib/auth/session");
const { roleAllows } = await import("@/lib/auth/roles");

let db: Db;
let adminId: string;

beforeEach(async () => {
  db = await freshDatabase();
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  session.current = null;
});

/** requireStaff redirects by throwing Next's redirect error; its digest holds the target. */
const redirectOf = (p: Promise<unknown>) => p.then(() => null, (e: { digest?: string }) => e.digest?.split(";")[2] ?? String(e));

describe("guards", () => {
  it("refuse anonymous callers: pages redirect to sign-in, actions get a plain message", async () => {
    expect(await redirectOf(requireStaff("viewer", "/console/audit"))).toBe("/sign-in?callbackUrl=%2Fconsole%2Faudit");
    expect(await staffForAction("viewer")).toEqual({ ok: false, error: NOT_SIGNED_IN, status: 401 });
  });

  it("re-read the staff user on every request: a disabled or deleted user is out at once", async () => {
    session.current = { user: { id: adminId } };
    expect(await staffForAction("admin")).toMatchObject({ ok: true, actor: { type: "staff", id: adminId, label: "admin@partner.example" } });
    await db.staffUser.update({ where: { id: adminId }, data: { disabledAt: new Date() } });
    expect(await staffForAction("viewer")).toMatchObject({ ok: false, status: 401 });
    session.current = { user: { id: "someone-deleted" } };
    expect(await currentStaff()).toBeNull();
  });

  it("use the role in the database, not the one in the cookie: a demoted admin can no longer act", async () => {
    session.current = { user: { id: adminId } };
    await db.staffUser.update({ where: { id: adminId }, data: { role: "viewer" } });
    expect(await staffForAction("admin")).toEqual({ ok: false, error: VIEWER_CANNOT_ACT, status: 403 });
    expect(await staffForAction("viewer")).toMatchObject({ ok: true });
    expect(await redirectOf(requireStaff("admin"))).toBe("/console?denied=1");
  });

  it("only accept same-site paths as the destination after sign-in", () => {
    expect(safeCallbackUrl("/console/connections/abc?x=1")).toBe("/console/connections/abc?x=1");
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/%09/x\r", "javascript:alert(1)", undefined, 42]) {
      expect(safeCallbackUrl(bad)).toBe("/console");
    }
  });

  it("admin may do everything, viewer only look", () => {
    expect(roleAllows("admin", "admin")).toBe(true);
    expect(roleAllows("admin", "viewer")).toBe(true);
    expect(roleAllows("viewer", "viewer")).toBe(true);
    expect(roleAllows("viewer", "admin")).toBe(false);
  });
});

describe("session lifetime", () => {
  it("ends a session a fixed time after sign-in, however active it is", () => {
    const t0 = 1_800_000_000;
    const token = tokenForSignIn({ id: "u1", email: "a@b.c", role: "admin" }, t0);
    expect(token).toEqual({ sub: "u1", email: "a@b.c", name: undefined, role: "admin", signedInAt: t0 });
    expect(sessionExpired(token, 3600, t0 + 3599)).toBe(false);
    expect(sessionExpired(token, 3600, t0 + 3601)).toBe(true);
    expect(sessionExpired({}, 3600, t0)).toBe(true);
    expect(sessionExpired({ signedInAt: t0 + 3600 }, 3600, t0)).toBe(true);
    expect(tokenForSignIn({ id: "u2", role: "root" }, t0).role).toBe("viewer");
  });
});
