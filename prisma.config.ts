import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defaultSqliteUrl } from "./lib/db/urls";

// The JS schema engine sends whole migration scripts through executeRaw(), but better-sqlite3 runs
// one statement per call; route multi-statement SQL to executeScript().
type ScriptCapable = {
  executeRaw(q: { sql: string; args?: unknown[] }): Promise<number>;
  executeScript(sql: string): Promise<void>;
};

function multiStatement<T extends ScriptCapable>(a: T): T {
  const raw = a.executeRaw.bind(a);
  a.executeRaw = async (q: { sql: string; args?: unknown[] }) => {
    if ((!q.args || q.args.length === 0) && /;\s*\S/.test(q.sql.replace(/--.*$/gm, ""))) {
      await a.executeScript(q.sql);
      return 0;
    }
    return raw(q);
  };
  return a;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL || defaultSqliteUrl;
    const f = new PrismaBetterSQLite3({ url });
    const connect = f.connect.bind(f);
    const shadow = f.connectToShadowDb.bind(f);
    f.connect = async () => multiStatement(await connect());
    f.connectToShadowDb = async () => multiStatement(await shadow());
    return f;
  },
});
