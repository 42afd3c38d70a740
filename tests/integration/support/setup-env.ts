// Runs in each test worker before any test file: points lib/ at the emulator and a fresh database.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { TEST_CLIENT, TEST_SQLITE_URL } from "./global-setup";

const root = path.resolve(__dirname, "../../..");
const emulatorUrl = inject("emulatorUrl");
const pg = process.env.TEST_DATABASE_URL;
mkdirSync(path.join(root, "data/test"), { recursive: true });

Object.assign(process.env, {
  APP_URL: TEST_CLIENT.appUrl,
  DATABASE_URL: pg || TEST_SQLITE_URL,
  REMOTE_ENVIRONMENT: "emulator",
  REMOTE_GATEWAY_URL: emulatorUrl,
  REMOTE_CLIENT_ID: TEST_CLIENT.id,
  REMOTE_CLIENT_SECRET: TEST_CLIENT.secret,
  TOKEN_ENCRYPTION_KEYS: "t1:" + Buffer.alloc(32, 1).toString("base64"),
  AUTH_SECRET: "integration-test-secret-0123456789abcdef",
  REMOTE_HTTP_TIMEOUT_MS: "1500",
  TOKEN_REFRESH_LEASE_SECONDS: "5",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
});
