import { spawn } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, verifyCredentials } from "@/lib/auth/credentials";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { upsertStaffUser } from "@/lib/auth/staff";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

let db: Db;
const EMAIL = "ada@partner.example";
const PASSWORD = "analytical-engine-1843";
const IP = "203.0.113.7";

beforeEach(async () => {
  db = await freshDatabase();
  await upsertStaffUser(db, { email: EMAIL, role: "admin", password: PASSWORD });
});

const events = async (type?: string) => db.auditEvent.findMany({ where: type ? { type } : {}, orderBy: { createdAt: "asc" } });

describe("passwords", () => {
  it("are hashed with argon2id and verified; a generated one-time password is long and readable", async () => {
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, PASSWORD + "x")).toBe(false);
    expect(await verifyPassword(null, PASSWORD)).toBe(false);
    expect(await verifyPassword("$2b$10$notargon", PASSWORD)).toBe(false);
    const otp = generatePassword();
    expect(otp).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(await verifyPassword(await hashPassword(otp), otp)).toBe(true);
  });

  it("staff:create resets an existing user: new password, role, re-enabled, attempts forgotten", async () => {
    await db.staffUser.update({ where: { email: EMAIL }, data: { disabledAt: new Date() } });
    await consume(db, `signin:email:${EMAIL}`, SIGN_IN_LIMITS.email);
    const reset = await upsertStaffUser(db, { email: "ADA@partner.example ", role: "viewer" });
    expect(reset.created).toBe(false);
    expect(reset.generatedPassword).toBeTruthy();
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(row).toMatchObject({ role: "viewer", disabledAt: null });
    expect(await verifyPassword(row.passwordHash, reset.generatedPassword!)).toBe(true);
    expect(await db.rateLimitBucket.count()).toBe(0);
    await expect(upsertStaffUser(db, { email: "x@y.z", role: "admin", password: "short" })).rejects.toThrow(/at least 12/);
  });
});

describe("verifyCredentials", () => {
  it("signs a staff member in, records staff.signed_in and the time, and never stores the password", async () => {
    const r = await verifyCredentials(db, { email: " Ada@Partner.example", password: PASSWORD }, IP);
    expect(r).toMatchObject({ ok: true, staff: { email: EMAIL, role: "admin" } });
    expect((await db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } })).lastSignInAt).toBeInstanceOf(Date);
    const [e] = await events("staff.signed_in");
    expect(e).toMatchObject({ actorType: "staff", actorLabel: EMAIL });
    const all = JSON.stringify(await events());
    expect(all).not.toContain(PASSWORD);
  });

  it("refuses a wrong password, an unknown e-mail and a disabled user with the same answer, each audited", async () => {
    expect(await verifyCredentials(db, { email: EMAIL, password: "wrong-password" }, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(db, { email: "eve@partner.example", password: PASSWORD }, IP)).toEqual({ ok: false, reason: "invalid" });
    await db.staffUser.update({ where: { email: EMAIL }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(db, { email: "not-an-email", password: PASSWORD }, IP)).toEqual({ ok: false, reason: "invalid" });
    const reasons = (await events("staff.sign_in_failed")).map((e) => JSON.parse(e.metadata!).reason);
    expect(reasons).toEqual(["wrong_password", "unknown_email", "disabled"]);
    expect(JSON.stringify(await events())).not.toContain("wrong-password");
  });

  it("pauses an account after 5 failures, even for the right password, and audits the pause once", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.email.limit; i++) {
      expect(await verifyCredentials(db, { email: EMAIL, password: `guess-${i}` }, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    }
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "198.51.100.99")).toEqual({ ok: false, reason: "rate_limited" });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "198.51.100.98")).toEqual({ ok: false, reason: "rate_limited" });
    const paused = (await events("staff.sign_in_failed")).filter((e) => JSON.parse(e.metadata!).reason === "rate_limited");
    expect(paused).toHaveLength(1);
    // Another account is not affected.
    await upsertStaffUser(db, { email: "grace@partner.example", role: "viewer", password: PASSWORD });
    expect(await verifyCredentials(db, { email: "grace@partner.example", password: PASSWORD }, IP)).toMatchObject({ ok: true });
    // When the window is over, the account works again.
    await db.rateLimitBucket.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toMatchObject({ ok: true });
  });

  it("only failures count: successful sign-ins give their attempt back", async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < SIGN_IN_LIMITS.email.limit - 1; i++) await verifyCredentials(db, { email: EMAIL, password: "nope-nope-nope" }, IP);
      expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toMatchObject({ ok: true });
      await db.rateLimitBucket.deleteMany();
    }
  });

  it("limits guesses from one IP across many e-mail addresses", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.ip.limit; i++) await verifyCredentials(db, { email: `user${i}@partner.example`, password: "x" }, IP);
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "192.0.2.1")).toMatchObject({ ok: true });
  });
});

describe("the rate limiter's buckets live in the database", () => {
  it("counts exactly across two processes hammering one key at once", async () => {
    const root = path.resolve(__dirname, "../..");
    // Each worker is its own Node process with its own database connection.
    const script = `
      const { createDb } = require("@/lib/db/client");
      const { consume } = require("@/lib/auth/rate-limit");
      (async () => {
        const db = createDb(process.env.DATABASE_URL);
        const results = await Promise.all(Array.from({ length: 20 }, () => consume(db, "signin:email:shared@partner.example", { limit: 25, windowMs: 60000 })));
        console.log(JSON.stringify(results.filter((r) => r.allowed).length));
        await db.$disconnect();
      })();`;
    const run = () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", script], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        child.stdout.on("data", (c: Buffer) => (out += c.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(Number(out.trim().split("\n").pop())) : reject(new Error(`worker exited ${code}`))));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a + b).toBe(25);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "signin:email:shared@partner.example" } })).count).toBe(40);
  }, 60_000);
});
