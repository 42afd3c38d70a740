// Shared setup for benchmarks: a real emulator process, a fresh SQLite database, bench env vars.
import { spawn } from "node:child_process";
import { rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "../db/migrate.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function benchEnv(emulatorUrl, dbFile = "data/bench/bench.db", appUrl = "http://localhost:3200") {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    APP_URL: appUrl,
    DATABASE_URL: `file:./${dbFile}`,
    REMOTE_ENVIRONMENT: "emulator",
    REMOTE_GATEWAY_URL: emulatorUrl,
    REMOTE_CLIENT_ID: "rcemulatordemoclient01",
    REMOTE_CLIENT_SECRET: "emulator-demo-secret-do-not-use-in-production",
    TOKEN_ENCRYPTION_KEYS: "bench:" + Buffer.alloc(32, 9).toString("base64"),
    AUTH_SECRET: "bench-auth-secret-0123456789abcdef0123456789",
    LOG_LEVEL: "warn",
    // Benchmarks hammer one key: they measure the service, not the per-key limit (600/min by default).
    API_KEY_RATE_LIMIT_PER_MINUTE: "1000000",
  };
}

export function freshDb(dbFile) {
  mkdirSync(path.join(root, path.dirname(dbFile)), { recursive: true });
  for (const s of ["", "-wal", "-shm"]) rmSync(path.join(root, dbFile + s), { force: true });
  migrate(`file:./${dbFile}`);
}

export async function startEmulator(appUrl) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["emulator/src/main.ts"], {
    cwd: root,
    env: { ...process.env, EMULATOR_PORT: "0", EMULATOR_MODE: "test", EMULATOR_REDIRECT_URIS: `${appUrl}/connect/callback` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const m = out.match(/listening on (http:\/\/localhost:\d+)/);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`emulator exited ${code}`)));
  });
  // Benchmarks hammer the token endpoint; lift the per-client rate limit.
  await fetch(`${url}/__emulator/config`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rate_limit_per_minute: 10_000_000 }) });
  return { url, stop: () => child.kill("SIGTERM") };
}

/** Runs a TypeScript bench step as its own Node process with the app's server-only modules loadable. */
export function runTs(file, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} exited ${code}\n${out}`))));
  });
}
