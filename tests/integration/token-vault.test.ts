import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAccessToken } from "@/lib/connections/access-token";
import { fetchCompanyLiveData } from "@/lib/connections/live-data";
import { withPartnerToken } from "@/lib/connections/with-token";
import { rotateEncryptionKeys } from "@/lib/crypto/rotate";
import { decryptSecret, DecryptError } from "@/lib/crypto/vault";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getIdentity } from "@/lib/remote/api";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect } from "./support/consent";

let db: Db;
const originalKeys = process.env.TOKEN_ENCRYPTION_KEYS!;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});
afterEach(() => {
  process.env.TOKEN_ENCRYPTION_KEYS = originalKeys;
  resetEnvForTests();
});

async function issuedTokens(): Promise<string[]> {
  const tokens = await control<{ access_token: string; refresh_token?: string }[]>("GET", "/tokens");
  return tokens.flatMap((t) => [t.access_token, t.refresh_token ?? ""]).filter(Boolean);
}

/**
 * The bytes the app's logger really writes, at debug level, until stop(). pino writes with
 * fs.writeSync on fd 1 (not through process.stdout), and the suite runs it at LOG_LEVEL=silent.
 */
function captureLoggerOutput() {
  const chunks: string[] = [];
  const level = logger.level;
  const write = fs.writeSync;
  const spy = vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
    if (fd !== 1 && fd !== 2) return (write as (...a: unknown[]) => number)(fd, data, ...rest);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    chunks.push(bytes.toString("utf8"));
    return bytes.byteLength;
  }) as typeof fs.writeSync);
  logger.level = "debug";
  return {
    text: () => chunks.join(""),
    stop() {
      spy.mockRestore();
      logger.level = level;
    },
  };
}

/** Every row of every table, read raw with SQL (not through the app's models). */
async function rawRows(): Promise<string> {
  const pg = !process.env.DATABASE_URL!.startsWith("file:");
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    pg
      ? "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
      : "SELECT name FROM sqlite_master WHERE type = 'table'",
  );
  // PostgreSQL: each row as its own text form, whatever the column types.
  const rows = await Promise.all(tables.map((t) => db.$queryRawUnsafe<unknown[]>(pg ? `SELECT t::text AS r FROM "${t.name}" t` : `SELECT * FROM "${t.name}"`)));
  return JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v));
}

/** The SQLite database as it is on disk: the main file plus -wal (recent pages until a checkpoint) and -shm. */
function sqliteFiles(url: string): string {
  const file = path.resolve(url.replace(/^file:/, ""));
  return ["", "-wal", "-shm"]
    .filter((s) => fs.existsSync(file + s))
    .map((s) => fs.readFileSync(file + s).toString("latin1"))
    .join("\n");
}

describe("token vault", () => {
  it("no issued token is stored or logged in plaintext", async () => {
    const logs = captureLoggerOutput();
    let connectionId: string;
    try {
      ({ connectionId } = await connect(ACME.id));
      await db.connection.update({ where: { id: connectionId }, data: { accessTokenExpiresAt: new Date(0) } });
      await getAccessToken(connectionId);
      await withPartnerToken((t) => getIdentity(t.accessToken));
      // Remote's clock passes both tokens' expiry: the 401 renewal path runs (and logs) too.
      await control("POST", "/clock", { advance_seconds: 3700 });
      await fetchCompanyLiveData(connectionId);
      await withPartnerToken((t) => getIdentity(t.accessToken));
    } finally {
      logs.stop();
    }
    const out = logs.text();
    // The capture really sees the logger: the lines token handling writes are there.
    expect(out).toContain('"event":"connection.refreshed"');
    expect(out).toContain("Remote refused a cached token");
    const canaries = await issuedTokens();
    expect(canaries.length).toBeGreaterThanOrEqual(6);
    const url = process.env.DATABASE_URL!;
    const rows = await rawRows();
    // PostgreSQL's files are not ours to read; its raw rows are what it has at rest.
    const files = url.startsWith("file:") ? sqliteFiles(url) : rows;
    // Both views reach the latest write: the access token ciphertext stored a moment ago.
    const latest = (await db.connection.findUniqueOrThrow({ where: { id: connectionId! } })).accessTokenEnc!;
    expect(rows).toContain(latest);
    expect(files).toContain(latest);
    for (const c of canaries) {
      expect(rows).not.toContain(c);
      expect(files).not.toContain(c);
      expect(out).not.toContain(c);
    }
  });

  it("a ciphertext moved to another row or field, or tampered with, does not decrypt", async () => {
    const a = await connect(ACME.id);
    const b = await connect(GLOBEX.id);
    const rowA = await db.connection.findUniqueOrThrow({ where: { id: a.connectionId } });
    await db.connection.update({ where: { id: b.connectionId }, data: { accessTokenEnc: rowA.accessTokenEnc, accessTokenExpiresAt: rowA.accessTokenExpiresAt } });
    await expect(getAccessToken(b.connectionId)).rejects.toBeInstanceOf(DecryptError);
    expect(() => decryptSecret({ table: "Connection", id: a.connectionId, field: "accessToken" }, rowA.refreshTokenEnc!)).toThrow(DecryptError);
    const parts = rowA.accessTokenEnc!.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("A") ? "BB" : "AA");
    expect(() => decryptSecret({ table: "Connection", id: a.connectionId, field: "accessToken" }, parts.join("."))).toThrow(DecryptError);
  });

  it("keys:rotate re-encrypts everything under the new primary key, is re-runnable, and tokens stay readable", async () => {
    const a = await connect(ACME.id);
    await connect(GLOBEX.id);
    const before = await getAccessToken(a.connectionId);
    process.env.TOKEN_ENCRYPTION_KEYS = `t2:${Buffer.alloc(32, 2).toString("base64")},${originalKeys}`;
    resetEnvForTests();
    vi.resetModules();
    const { rotateEncryptionKeys: rotate } = await import("@/lib/crypto/rotate");
    const first = await rotate();
    // 2 companies x (refresh + access) + the 2 PKCE verifiers of their consents
    expect(first.rewritten).toBe(6);
    expect((await rotate()).rewritten).toBe(0);
    const rows = await db.connection.findMany();
    for (const r of rows) {
      expect(r.refreshTokenEnc).toMatch(/^v1\.t2\./);
      expect(r.accessTokenEnc).toMatch(/^v1\.t2\./);
    }
    // Old key gone from the ring: everything still decrypts, because it was all rewritten.
    process.env.TOKEN_ENCRYPTION_KEYS = `t2:${Buffer.alloc(32, 2).toString("base64")}`;
    resetEnvForTests();
    vi.resetModules();
    const fresh = await import("@/lib/connections/access-token");
    expect((await fresh.getAccessToken(a.connectionId)).accessToken).toBe(before.accessToken);
    expect(rotateEncryptionKeys).toBeTypeOf("function");
  });
});
