// A fresh database per run (a SQLite file under data/chaos/, or a database of its own in the
// TEST_POSTGRES_URL cluster), and the PostgreSQL restart fault.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freshDb } from "../bench/harness.mjs";
import { migrate } from "../db/migrate.mjs";

export async function createDatabase(kind, stamp) {
  if (kind === "sqlite") {
    const file = `data/chaos/chaos-${stamp}.db`;
    freshDb(file);
    return {
      kind,
      url: `file:./${file}`,
      file,
      drop: async () => ["", "-wal", "-shm"].forEach((s) => rmSync(file + s, { force: true })),
    };
  }
  const admin = process.env.TEST_POSTGRES_URL;
  const name = `chaos_${stamp}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  migrate(url.href);
  return { kind, url: url.href, drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The data directory of the cluster .ci/start-postgres.sh started (it records it in PG_DIR_FILE),
 * or null when TEST_POSTGRES_URL points at a server this machine cannot restart.
 */
export function postgresClusterDir() {
  const record = process.env.PG_DIR_FILE || "/tmp/remote-connect-pg.dir";
  if (!existsSync(record)) return null;
  const dir = readFileSync(record, "utf8").trim();
  if (!existsSync(path.join(dir, "data", "postmaster.pid"))) return null;
  const port = readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  // Restart only the cluster TEST_POSTGRES_URL talks to, never an unrelated one.
  return port && port === new URL(process.env.TEST_POSTGRES_URL).port ? dir : null;
}

/** pg_ctl restart -m fast: every connection is cut; resolves when the server accepts connections again. */
export function restartPostgres(dir) {
  const pgCtl = ["15", "16", "17"].map((v) => `/usr/lib/postgresql/${v}/bin/pg_ctl`).find(existsSync);
  const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  // -l: the server must not inherit our pipes. detached: the new postmaster gets a session of its
  // own, so a Ctrl-C on the chaos run never reaches the shared cluster. cwd: a folder the postgres
  // user may enter (see .ci/start-postgres.sh).
  const cmd = [...asPostgres, pgCtl, "-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "restart", "-m", "fast", "-w", "-t", "30"];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: dir, detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}: ${err.trim()}`))));
  });
}
