import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDb } from "./client";
import { hotRead } from "./hot-read";

const dir = mkdtempSync(path.join(os.tmpdir(), "hot-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hotRead on SQLite", () => {
  it("reads through the adapter's query-only connection (not Prisma) with dates and numbers typed", async () => {
    const db = createDb(`file:${path.join(dir, "a.db")}`);
    await db.$executeRawUnsafe('CREATE TABLE "T" ("id" TEXT PRIMARY KEY, "n" INTEGER, "at" DATETIME)');
    await db.$executeRawUnsafe(`INSERT INTO "T" VALUES ('x', 7, '2026-12-01T10:00:00.000+00:00')`);
    const viaPrisma = vi.spyOn(db, "$queryRawUnsafe");
    for (let i = 0; i < 3; i++) {
      const [row] = await hotRead<{ id: string; n: number; at: Date }>(db, 'SELECT "id", "n", "at" FROM "T" WHERE "id" = ?', ["x"], { dates: ["at"] });
      expect(row).toEqual({ id: "x", n: 7, at: new Date("2026-12-01T10:00:00.000Z") });
    }
    expect(await hotRead(db, 'SELECT "id" FROM "T" WHERE "id" = ?', ["nope"])).toEqual([]);
    expect(viaPrisma).not.toHaveBeenCalled();
    // It sees writes as soon as they are acknowledged.
    await db.$executeRawUnsafe(`UPDATE "T" SET "n" = 8 WHERE "id" = 'x'`);
    expect((await hotRead<{ n: number }>(db, 'SELECT "n" FROM "T" WHERE "id" = ?', ["x"]))[0].n).toBe(8);
    await db.$disconnect();
  });
});
