import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
// @ts-expect-error internal module of pg without types
import Result from "pg/lib/result.js";

// The JS schema engine reads pg_catalog columns (name, "char", regproc…) that adapter-pg 6.19
// cannot map; report them as text.
const TEXTISH = new Set([18, 19, 22, 24, 194, 2205]);
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
  for (const f of fields) if (TEXTISH.has(f.dataTypeID)) f.dataTypeID = 25;
  return addFields.call(this, fields);
};

function pgConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    // As the app's pool (pg reads sslmode from its connection string; require = verified TLS there too).
    ...(sslmode && sslmode !== "disable" ? { ssl: true } : {}),
  };
}

async function admin(cfg: pg.PoolConfig, sql: string) {
  const c = new pg.Client(cfg);
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url || !/^postgres(ql)?:/.test(url)) throw new Error("DATABASE_URL must be a postgresql:// URL");
    const cfg = pgConfig(url);
    const f = new PrismaPg(cfg);
    // adapter-pg 6.19's shadow database hits the main database and drops it while still connected.
    f.connectToShadowDb = async () => {
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      await admin(cfg, `CREATE DATABASE "${name}"`);
      const a = await new PrismaPg({ ...cfg, database: name }).connect();
      const dispose = a.dispose.bind(a);
      a.dispose = async () => {
        await dispose();
        await admin(cfg, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return a;
    };
    return f;
  },
});
