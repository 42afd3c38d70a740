import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { basic } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "emu-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts main.ts, waits for its port, and returns its output so far plus a stop() that resolves with the exit code. */
async function run(args: string[], env: Record<string, string> = {}) {
  // As npm start runs it: the tsx CLI would SIGKILL a child slow to acknowledge SIGTERM (30 ms) on a busy machine.
  const child = spawn(process.execPath, ["--import", "tsx", "emulator/src/main.ts", ...args], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
    // A fixed public URL: tokens name their issuer, and each run gets a new random port.
    env: { ...process.env, EMULATOR_PORT: "0", EMULATOR_MODE: "test", EMULATOR_PUBLIC_URL: "http://emulator.test", EMULATOR_STATE_DIR: "", ...env },
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const until = Date.now() + 20_000;
  let port: string | undefined;
  while (!(port = /listening on http:\/\/localhost:(\d+)/.exec(out)?.[1])) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`emulator did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 30));
  }
  return { base: `http://127.0.0.1:${port}`, output: () => out, stop: (sig: NodeJS.Signals = "SIGTERM") => (child.kill(sig), exit) };
}

const partnerToken = async (base: string) => {
  const res = await fetch(`${base}/auth/oauth2/token`, {
    method: "POST", headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" }, body: "grant_type=client_credentials",
  });
  return ((await res.json()) as { access_token: string }).access_token;
};
const countries = (base: string, token: string) => fetch(`${base}/v1/countries`, { headers: { authorization: `Bearer ${token}` } });

describe("main.ts --state-dir / EMULATOR_STATE_DIR / --reset", () => {
  it("saves on SIGTERM, reloads from the env var, and --reset starts fresh", async () => {
    const file = path.join(dir, "state.json");
    const first = await run(["--state-dir", dir]);
    const token = await partnerToken(first.base);
    // Straight away: well inside the 200 ms batching window, so only the shutdown flush can have saved it.
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain(`no saved state in ${file} yet`);
    expect(readFileSync(file, "utf8")).toContain(token);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = await run([], { EMULATOR_STATE_DIR: dir });
    try {
      expect(second.output()).toMatch(/\[emulator\] restored state from .*\(0 authorizations, 0 refresh tokens, 3 companies\)/);
      expect((await countries(second.base, token)).status).toBe(200);
    } finally {
      expect(await second.stop("SIGINT")).toBe(0);
    }

    const third = await run([`--state-dir=${dir}`, "--reset"]);
    try {
      expect(third.output()).toContain(`--reset: deleted the saved state in ${dir}`);
      expect((await countries(third.base, token)).status).toBe(401);
    } finally {
      await third.stop();
    }
    expect(existsSync(file)).toBe(false); // deleted, and a rejected read changed nothing worth saving
  }, 60_000);

  it("refuses an unknown option", async () => {
    await expect(run(["--state-dri", dir])).rejects.toThrow(/unknown or incomplete option "--state-dri"/);
  }, 30_000);
});
