import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_ADDRESS_LIMIT, SIGN_IN_AUDITS_PER_MINUTE, signInPause, verifyCredentials } from "@/lib/auth/credentials";
import { issueDeviceToken } from "@/lib/auth/sign-in-device";
import { THROTTLE } from "@/lib/auth/sign-in-throttle";
import { resetEnvForTests } from "@/lib/env";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { consume } from "@/lib/rate-limit/bucket";
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
afterEach(() => {
  delete process.env.SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE;
  resetEnvForTests();
});
const globalBudget = (n: number) => {
  process.env.SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE = String(n);
  resetEnvForTests();
};
/** Moves every throttle streak's latest attempt into the past, as if that much time went by. */
const timePasses = async (ms: number) => {
  for (const b of await db.rateLimitBucket.findMany()) {
    await db.rateLimitBucket.update({ where: { key: b.key }, data: { resetAt: new Date(b.resetAt.getTime() - ms) } });
  }
};

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
    // Throttle streaks of this e-mail from an address and from a device, and someone else's.
    for (const key of [`signin:email:${EMAIL}|addr:203.0.113.9`, `signin:email:${EMAIL}|device:d1`, "signin:email:bob@partner.example|addr:203.0.113.9"]) {
      await consume(db, key, { limit: 5, windowMs: 60_000 });
    }
    const reset = await upsertStaffUser(db, { email: "ADA@partner.example ", role: "viewer" });
    expect(reset.created).toBe(false);
    expect(reset.generatedPassword).toBeTruthy();
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(row).toMatchObject({ role: "viewer", disabledAt: null });
    expect(await verifyPassword(row.passwordHash, reset.generatedPassword!)).toBe(true);
    expect((await db.rateLimitBucket.findMany()).map((b) => b.key)).toEqual(["signin:email:bob@partner.example|addr:203.0.113.9"]);
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

  it("slows guesses from one place down progressively, but the real user signing in from elsewhere is never refused", async () => {
    const attacker = "198.51.100.66";
    for (let i = 0; i < THROTTLE.freeFailures; i++) {
      expect(await verifyCredentials(db, { email: EMAIL, password: `guess-${i}` }, attacker)).toMatchObject({ reason: "invalid" });
    }
    // The attacker's next guess (even the right password) waits; nothing was checked.
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, attacker)).toMatchObject({ reason: "rate_limited", kind: "throttled", retryAfterSeconds: 1 });
    // The real user, from their own address, signs in at once.
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toMatchObject({ ok: true });
    // Each further failure doubles the attacker's wait.
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await timePasses(2 ** i * 1000);
      expect(await verifyCredentials(db, { email: EMAIL, password: `more-${i}` }, attacker)).toMatchObject({ reason: "invalid" });
      const refused = await verifyCredentials(db, { email: EMAIL, password: `more-${i}` }, attacker);
      expect(refused).toMatchObject({ reason: "rate_limited", kind: "throttled" });
      waits.push((refused as { retryAfterSeconds: number }).retryAfterSeconds);
    }
    expect(waits).toEqual([2, 4, 8, 16]);
    expect(await signInPause(db, { email: EMAIL }, attacker)).toMatchObject({ kind: "throttled", retryAfterSeconds: 16 });
    expect(await signInPause(db, { email: EMAIL }, IP)).toBeNull();
  });

  it("with unknown addresses, a browser that signed in before (device cookie) keeps its own streak; the shared wait stays short", async () => {
    for (let i = 0; i < THROTTLE.freeFailures + 8; i++) {
      await timePasses(60_000);
      await verifyCredentials(db, { email: EMAIL, password: `guess-${i}` }, "unknown");
    }
    const shared = await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "unknown");
    expect(shared).toMatchObject({ reason: "rate_limited", kind: "throttled" });
    expect((shared as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.maxDelayUnknownPlaceMs / 1000);
    // The admin's own browser is not slowed down by anyone else's guesses.
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD, device: issueDeviceToken(EMAIL) }, "unknown")).toMatchObject({ ok: true });
    // A token issued to another e-mail, or a forged one, does not count.
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD, device: issueDeviceToken("eve@partner.example") }, "unknown")).toMatchObject({ kind: "throttled" });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD, device: "abc.99999999999999.forged" }, "unknown")).toMatchObject({ kind: "throttled" });
  });

  it("a burst of concurrent guesses from one place gets exactly the free failures checked", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(db, { email: EMAIL, password: `burst-${i}` }, IP)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(THROTTLE.freeFailures);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(20 - THROTTLE.freeFailures);
  });

  it("only failures count: successful sign-ins end the streak", async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await verifyCredentials(db, { email: EMAIL, password: "nope-nope-nope" }, IP);
      expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toMatchObject({ ok: true });
    }
  });

  it("limits guesses from one known address across many e-mail addresses", async () => {
    for (let i = 0; i < SIGN_IN_ADDRESS_LIMIT.limit; i++) await verifyCredentials(db, { email: `user${i}@partner.example`, password: "x" }, IP);
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, IP)).toMatchObject({ reason: "rate_limited", kind: "address" });
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "192.0.2.1")).toMatchObject({ ok: true });
  });

  it("a global budget bounds attempts against many e-mails when addresses are unknown; a refusal checks no password", async () => {
    globalBudget(10);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => verifyCredentials(db, { email: `user${i}@partner.example`, password: "x" }, "unknown")));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited" && r.kind === "busy")).toHaveLength(20);
    // Refused attempts are not counted as the e-mail's failures: once the minute is over, they try normally.
    await db.rateLimitBucket.updateMany({ where: { key: "signin:all" }, data: { resetAt: new Date(Date.now() - 1) } });
    expect(await signInPause(db, { email: "user29@partner.example" }, "unknown")).toBeNull();
    expect(await verifyCredentials(db, { email: EMAIL, password: PASSWORD }, "unknown")).toMatchObject({ ok: true });
  });

  it("failed sign-ins are audited one by one up to a budget, then summarised at most once a minute", async () => {
    const attempts = SIGN_IN_AUDITS_PER_MINUTE + 30;
    for (let i = 0; i < attempts; i++) await verifyCredentials(db, { email: `user${i}@partner.example`, password: "x" }, "unknown");
    const failed = await events("staff.sign_in_failed");
    const summaries = failed.filter((e) => JSON.parse(e.metadata!).summary);
    expect(failed.length - summaries.length).toBe(SIGN_IN_AUDITS_PER_MINUTE);
    // The first over-budget failure opens the minute's summary; the rest wait for the next one.
    expect(summaries).toHaveLength(1);
    expect(JSON.parse(summaries[0].metadata!)).toMatchObject({ count: 1, unknown_email: 1 });
    // A minute later (the summary's gate has reopened), the audit budget is spent again: the next
    // over-budget failure writes the summary of everything counted since.
    await db.rateLimitBucket.updateMany({ where: { key: "summary:sign-in:gate" }, data: { resetAt: new Date(Date.now() - 1) } });
    await verifyCredentials(db, { email: "late@partner.example", password: "x" }, "unknown");
    const later = (await events("staff.sign_in_failed")).filter((e) => JSON.parse(e.metadata!).summary);
    expect(later).toHaveLength(2);
    expect(JSON.parse(later[1].metadata!)).toMatchObject({ summary: true, count: 30, unknown_email: 30 });
    expect(await db.auditEvent.count()).toBe(SIGN_IN_AUDITS_PER_MINUTE + 2);
  });
});

describe("the rate limiter's buckets live in the database", () => {
  it("counts exactly across two processes hammering one key at once", async () => {
    const root = path.resolve(__dirname, "../..");
    // Each worker is its own Node process with its own database connection.
    const script = `
      const { createDb } = require("@/lib/db/client");
      const { consume } = require("@/lib/rate-limit/bucket");
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
