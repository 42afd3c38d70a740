import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM helper without types
import { migrate } from "../../../scripts/db/migrate.mjs";

const root = path.resolve(__dirname, "../../..");
export const TEST_CLIENT = {
  id: "rcemulatordemoclient01",
  secret: "emulator-demo-secret-do-not-use-in-production",
  appUrl: "http://localhost:3999",
};

let child: ChildProcess | undefined;

/** The database every test file shares (files run one at a time; each empties it first). */
// INTEGRATION_SQLITE_URL lets two runs (two worktrees, two helpers) use separate files.
export const TEST_SQLITE_URL = process.env.INTEGRATION_SQLITE_URL || "file:./data/test/integration.db";

function prepareDatabase() {
  const url = process.env.TEST_DATABASE_URL || TEST_SQLITE_URL;
  if (!url.startsWith("postgres")) {
    mkdirSync(path.join(root, "data/test"), { recursive: true });
    const file = path.resolve(root, url.replace(/^file:/, ""));
    for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  }
  // Once per run: the Prisma CLI is slow to start, especially against PostgreSQL.
  migrate(url);
}

/** One real emulator process (its own port, real HTTP) for the whole integration run. */
export async function setup(project: TestProject) {
  prepareDatabase();
  child = spawn(path.join(root, "node_modules/.bin/tsx"), ["emulator/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      EMULATOR_PORT: "0",
      EMULATOR_MODE: "test",
      EMULATOR_REDIRECT_URIS: `${TEST_CLIENT.appUrl}/connect/callback`,
      EMULATOR_CLIENT_ID: TEST_CLIENT.id,
      EMULATOR_CLIENT_SECRET: TEST_CLIENT.secret,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("emulator did not start within 20 s")), 20_000);
    let out = "";
    child!.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/listening on (http:\/\/localhost:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child!.on("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  project.provide("emulatorUrl", url);
}

export async function teardown() {
  child?.kill("SIGTERM");
}

declare module "vitest" {
  export interface ProvidedContext {
    emulatorUrl: string;
  }
}
