// Runs the Prisma CLI with the config that matches a database URL (SQLite or PostgreSQL).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_SQLITE_URL = "file:./data/remote-connect.db";
const prismaBin = path.join(root, "node_modules/.bin/prisma");

export function isPostgres(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function prisma(args, url, { quiet = false } = {}) {
  const config = isPostgres(url) ? ["--config", "prisma.postgres.config.ts"] : [];
  const r = spawnSync(prismaBin, [...args, ...config], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", PRISMA_DISABLE_WARNINGS: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`prisma ${args.join(" ")} failed`);
  }
  if (!quiet) process.stdout.write(r.stdout.split("\n").filter((l) => /applied|migrat|Generated/i.test(l)).join("\n") + "\n");
  return r.stdout;
}

/** SQLite file URLs are relative to the project root; make sure their folder exists. */
export function ensureSqliteDir(url) {
  if (isPostgres(url)) return;
  const file = url.replace(/^file:/, "").split("?")[0];
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
}
