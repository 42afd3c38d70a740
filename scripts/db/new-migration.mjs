// npm run db:new-migration -- NAME — after editing prisma/schema.prisma: regenerates the PostgreSQL
// schema and writes one migration per database from the difference between the migration history
// and the schema. PostgreSQL needs a scratch server: MIGRATION_PG_URL=postgresql://… (CREATEDB).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pgSchemaPath, sqliteSchemaPath, toPostgresSchema } from "./pg-schema.mjs";
import { prisma, root } from "./prisma-cli.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- snake_case_name   (set MIGRATION_PG_URL for the PostgreSQL half)");
  process.exit(2);
}
writeFileSync(pgSchemaPath, toPostgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

function write(dir, schema, url) {
  const sql = prisma(["migrate", "diff", "--from-migrations", dir, "--to-schema-datamodel", schema, "--script"], url, { quiet: true });
  if (sql.includes("empty migration")) return console.log(`${dir}: no changes`);
  mkdirSync(path.join(root, dir, `${stamp}_${name}`), { recursive: true });
  writeFileSync(path.join(root, dir, `${stamp}_${name}`, "migration.sql"), sql);
  console.log(`wrote ${dir}/${stamp}_${name}/migration.sql`);
}

write("prisma/migrations", "prisma/schema.prisma", "file:./data/new-migration-scratch.db");
if (process.env.MIGRATION_PG_URL) write("prisma/postgres/migrations", "prisma/postgres/schema.prisma", process.env.MIGRATION_PG_URL);
else console.log("MIGRATION_PG_URL not set: the PostgreSQL migration was not written (a unit test will fail until it is).");
