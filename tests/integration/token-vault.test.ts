import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAccessToken } from "@/lib/connections/access-token";
import { rotateEncryptionKeys } from "@/lib/crypto/rotate";
import { decryptSecret, DecryptError } from "@/lib/crypto/vault";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
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

describe("token vault", () => {
  it("no issued token is stored or logged in plaintext", async () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    try {
      const { connectionId } = await connect(ACME.id);
      await db.connection.update({ where: { id: connectionId }, data: { accessTokenExpiresAt: new Date(0) } });
      await getAccessToken(connectionId);
    } finally {
      spy.mockRestore();
    }
    const canaries = await issuedTokens();
    expect(canaries.length).toBeGreaterThanOrEqual(3);
    const dump = JSON.stringify(await Promise.all([db.connection.findMany(), db.auditEvent.findMany(), db.pendingAuthorization.findMany()]));
    const url = process.env.DATABASE_URL!;
    const file = url.startsWith("file:") ? readFileSync(path.resolve(url.replace(/^file:/, ""))).toString("latin1") : "";
    const logs = out.join("");
    for (const c of canaries) {
      expect(dump).not.toContain(c);
      expect(file).not.toContain(c);
      expect(logs).not.toContain(c);
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
