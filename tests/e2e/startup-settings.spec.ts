// A bare `next start` of the build (no npm start around it) refuses a bad setting when it starts,
// with the same one line as every other entry point, instead of failing each request later.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E } from "./support/ports";

const root = path.resolve(__dirname, "../..");
const port = E2E.appPort + 22;

function startBare(env: Record<string, string>): Promise<{ code: number | null; stderr: string; answered: boolean }> {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...E2E.appEnv, APP_URL: `http://localhost:${port}`, PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  let answered = false;
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const poll = setInterval(() => {
    fetch(`http://localhost:${port}/api/health`).then(() => (answered = true), () => {});
  }, 100);
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, stderr, answered });
    }),
  );
}

const sandbox = {
  REMOTE_ENVIRONMENT: "sandbox",
  REMOTE_CLIENT_ID: "abc123abc123abc123abc1",
  REMOTE_CLIENT_SECRET: "a-real-looking-client-secret",
  AUTH_SECRET: "s".repeat(40),
  TOKEN_ENCRYPTION_KEYS: "k1:" + Buffer.alloc(32, 9).toString("base64"),
};

test("next start exits 1 with the one-line message on a bad setting, before serving anything", async () => {
  const r = await startBare({ ...sandbox, REMOTE_GATEWAY_URL: "http://gateway.partner.example" });
  expect(r.code).toBe(1);
  expect(r.stderr.trim()).toBe("Invalid configuration: REMOTE_GATEWAY_URL must use https outside emulator mode (plain http only for a loopback host)");
  expect(r.answered).toBe(false);

  const malformed = await startBare({ EMULATOR_PORT: "99999" });
  expect(malformed.code).toBe(1);
  expect(malformed.stderr.trim()).toMatch(/^Invalid configuration: EMULATOR_PORT is invalid: [^\n]+$/);
});
