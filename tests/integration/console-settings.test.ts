import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createConnectLink } from "@/lib/connect-links/service";
import { withPartnerToken } from "@/lib/connections/with-token";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
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

describe("Settings: values per key", () => {
  it("counts every sealed column in every table, and matches what key rotation then rewrites", async () => {
    await connect(ACME.id);
    await connect(GLOBEX.id);
    await createConnectLink({ note: "pending", actor: { type: "system" } });
    await withPartnerToken(async () => null);
    // Sealed values present: 2 × (refresh + access) on Connection, 2 PKCE verifiers, 1 link token, 1 partner token.
    const sealed = {
      connection: (await db.connection.findMany()).flatMap((c) => [c.refreshTokenEnc, c.accessTokenEnc]).filter(Boolean).length,
      pending: await db.pendingAuthorization.count(),
      links: await db.connectLink.count({ where: { tokenEnc: { not: null } } }),
      partner: await db.partnerToken.count({ where: { accessTokenEnc: { not: null } } }),
    };
    expect(sealed).toEqual({ connection: 4, pending: 2, links: 1, partner: 1 });

    const { deploymentSettings } = await import("@/lib/console/settings");
    const [only] = (await deploymentSettings()).keyRing;
    expect(only).toMatchObject({ primary: true, storedValues: 8 });

    // A new primary key: the old one still holds all 8 until rotation; after it, none.
    process.env.TOKEN_ENCRYPTION_KEYS = `t9:${Buffer.alloc(32, 9).toString("base64")},${originalKeys}`;
    resetEnvForTests();
    vi.resetModules();
    const settingsAgain = (await import("@/lib/console/settings")).deploymentSettings;
    expect((await settingsAgain()).keyRing.map((k) => [k.kid, k.storedValues])).toEqual([["t9", 0], [only.kid, 8]]);
    const report = await (await import("@/lib/crypto/rotate")).rotateEncryptionKeys();
    expect(report.rewritten).toBe(8);
    expect((await settingsAgain()).keyRing.map((k) => [k.kid, k.storedValues])).toEqual([["t9", 8], [only.kid, 0]]);
  });
});

describe("Settings: token lifetime sanity", () => {
  it("warns when ACCESS_TOKEN_MIN_TTL_SECONDS is not well below the lifetime Remote gave tokens, once one was seen", async () => {
    const { deploymentSettings } = await import("@/lib/console/settings");
    expect((await deploymentSettings()).tokenLifetimeWarning).toBeNull();
    const { connectionId } = await connect(ACME.id);
    expect((await deploymentSettings()).tokenLifetimeWarning).toBeNull();
    const minTtl = Number(process.env.ACCESS_TOKEN_MIN_TTL_SECONDS ?? 300);
    await db.connection.update({ where: { id: connectionId }, data: { tokenLifetimeSeconds: minTtl + 60 } });
    expect((await deploymentSettings()).tokenLifetimeWarning).toMatch(/ACCESS_TOKEN_MIN_TTL_SECONDS/);
  });
});
