import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

interface Proc {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Proc {
  const child = spawn(TSX, ["emulator/src/main.ts"], {
    cwd: ROOT, env: { ...process.env, EMULATOR_PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function waitForLine(p: Proc, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const m = pattern.exec(p.output());
    if (m) return m;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${p.output()}`);
}

describe("tsx emulator/src/main.ts", () => {
  it("starts from env, prints one line, serves the configured client and stops on SIGTERM", async () => {
    const p = run({
      EMULATOR_MODE: "test",
      EMULATOR_CLIENT_ID: "envclientid0000000001",
      EMULATOR_CLIENT_SECRET: "env-secret-value-xyz",
      EMULATOR_REDIRECT_URIS: "http://localhost:3100/connect/callback, http://127.0.0.1:3100/connect/callback",
      EMULATOR_PUBLIC_URL: "http://emulator.test:4010",
    });
    try {
      const [, port] = await waitForLine(p, /Remote emulator listening on http:\/\/localhost:(\d+) \(test\)/);
      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/__emulator/health`)).json()).toEqual({ ok: true, mode: "test" });
      const token = await fetch(`${base}/auth/oauth2/token`, {
        method: "POST",
        headers: { authorization: `Basic ${Buffer.from("envclientid0000000001:env-secret-value-xyz").toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      });
      const { access_token } = (await token.json()) as { access_token: string };
      const payload = JSON.parse(Buffer.from(access_token.split(".")[1], "base64url").toString());
      expect(payload.iss).toBe("http://emulator.test:4010");
      const page = await fetch(`${base}/auth/oauth2/authorize?client_id=envclientid0000000001&redirect_uri=${encodeURIComponent("http://127.0.0.1:3100/connect/callback")}`);
      expect(page.status).toBe(200);
      expect(p.output()).not.toContain("env-secret-value-xyz");
      expect(p.output()).not.toContain(access_token);
      expect(p.output().trim().split("\n")).toHaveLength(1);
    } finally {
      p.child.kill("SIGTERM");
    }
    expect(await p.exit).toBe(0);
  }, 30_000);

  it("hides the control API in locked mode", async () => {
    const p = run({ EMULATOR_MODE: "locked" });
    try {
      const [, port] = await waitForLine(p, /listening on http:\/\/localhost:(\d+) \(locked\)/);
      expect((await fetch(`http://127.0.0.1:${port}/__emulator/state`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/__emulator/health`)).status).toBe(200);
    } finally {
      p.child.kill("SIGINT");
    }
    expect(await p.exit).toBe(0);
  }, 30_000);

  it("refuses an invalid mode", async () => {
    const p = run({ EMULATOR_MODE: "prod" });
    expect(await p.exit).toBe(1);
    expect(p.output()).toContain("EMULATOR_MODE must be dev, test or locked");
  }, 30_000);
});
