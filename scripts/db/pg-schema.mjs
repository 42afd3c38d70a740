// Derives the PostgreSQL Prisma schema from the SQLite one so the two can never drift.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sqliteSchemaPath = path.join(root, "prisma/schema.prisma");
export const pgSchemaPath = path.join(root, "prisma/postgres/schema.prisma");

export function toPostgresSchema(source) {
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output     = "../lib/generated/prisma-sqlite"', 'output     = "../../lib/generated/prisma-postgres"');
  if (out.includes('"sqlite"') || !out.includes("prisma-postgres")) {
    throw new Error("prisma/schema.prisma no longer has the expected provider/output lines");
  }
  return "// GENERATED from prisma/schema.prisma by `npm run db:sync-schemas`. Do not edit.\n" + out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(pgSchemaPath, toPostgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
  console.log(`wrote ${path.relative(root, pgSchemaPath)}`);
}
