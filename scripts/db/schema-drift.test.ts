import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { pgSchemaPath, sqliteSchemaPath, toPostgresSchema } from "./pg-schema.mjs";

const root = path.resolve(__dirname, "../..");

describe("database schemas", () => {
  it("the PostgreSQL schema is exactly the one generated from the SQLite schema", () => {
    expect(readFileSync(pgSchemaPath, "utf8")).toBe(toPostgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
  });

  it("both migration histories have the same migrations", () => {
    const names = (dir: string) => readdirSync(path.join(root, dir)).filter((n) => /^\d{14}_/.test(n)).sort();
    expect(names("prisma/postgres/migrations")).toEqual(names("prisma/migrations"));
  });

  it("the SQLite migrations produce exactly the schema (no un-migrated change)", () => {
    // Replays the migrations on a shadow database and diffs the result against the datamodel.
    const dir = mkdtempSync(path.join(os.tmpdir(), "rc-drift-"));
    const url = `file:${path.join(dir, "drift.db")}`;
    const env = { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
    const prisma = path.join(root, "node_modules/.bin/prisma");
    const out = execFileSync(prisma, ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out.replace(/--.*$/gm, "").trim()).toBe("");
    expect(out).toContain("empty migration");
  }, 60_000);
});
