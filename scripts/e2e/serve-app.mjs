// Playwright's web server for the app: a fresh, migrated database, then the production server.
import { spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
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
// The server's output is also kept in a file so tests can search it for leaked secrets.
const logFile = createWriteStream(path.join(root, process.env.E2E_APP_LOG ?? "data/e2e-app.log"));
const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: process.env });
for (const stream of [child.stdout, child.stderr]) {
  stream.on("data", (chunk) => {
    process.stdout.write(chunk);
    logFile.write(chunk);
  });
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
