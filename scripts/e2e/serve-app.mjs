// Playwright's web server for the app: a fresh, migrated database, then the production server.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { migrate } from "../db/migrate.mjs";
import { root } from "../db/prisma-cli.mjs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required");
if (!url.startsWith("postgres")) {
  const file = path.resolve(root, url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
migrate(url);

const port = process.env.PORT ?? "3100";
const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
