// npm run connections:import end to end, as a child process on the real database and the emulator:
// progress and the final report on stdout, exit codes, and not one token (or line content) in
// anything it prints, its logs at debug level included.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { mintHeldTokens, remoteCallCounts } from "./support/import-tokens";

const root = path.resolve(__dirname, "../..");
const dir = path.join(root, "data/test/import-cli");
mkdirSync(dir, { recursive: true });
const DEAD = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const SECRET_IN_BAD_LINE = "9f8e7d6c-5b4a-4321-8fed-cba987654321";
const SECRET_IN_WRONG_FIELD = "11111111-2222-4333-8444-555555555555";

let db: Db;
beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

type Run = { code: number | null; out: string };

/** The CLI as `npm run connections:import` runs it (tsx with the react-server condition), stdout and stderr together. */
function cli(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/connections-import.ts", ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "debug", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
}

const file = (name: string, lines: string[]) => {
  const p = path.join(dir, `${name}-${process.pid}.jsonl`);
  writeFileSync(p, lines.join("\n") + "\n");
  return p;
};

describe("npm run connections:import", () => {
  it("imports a file with a progress and a final report, exits 1 for invalid lines and 0 when only dead remain, printing no token", async () => {
    const held = await mintHeldTokens(3);
    const tokens = held.map((h) => JSON.stringify({ refresh_token: h.refreshToken, company_name: h.name }));
    const first = await cli([
      "--file",
      file("mixed", [tokens[0], tokens[1], "", `{"refresh_token":"${SECRET_IN_BAD_LINE}"`, `{"token":"${SECRET_IN_WRONG_FIELD}"}`, JSON.stringify({ refresh_token: DEAD }), tokens[2]]),
    ]);
    expect(first.code).toBe(1);
    expect(first.out).toContain("Importing 6 line(s)");
    expect(first.out).toContain("6/6 lines: 3 imported, 0 already present, 1 dead, 0 failed, 2 invalid");
    expect(first.out).toMatch(/imported: +3\n/);
    expect(first.out).toMatch(/dead: +1\n/);
    expect(first.out).toMatch(/invalid lines: +2\n/);
    expect(first.out).toContain("line 4: not valid JSON");
    expect(first.out).toContain("line 5: missing refresh_token");
    expect(first.out).toMatch(/line 6: Remote rejected the refresh token \(invalid_grant\)/);
    for (const t of [...held.map((h) => h.refreshToken), DEAD, SECRET_IN_BAD_LINE, SECRET_IN_WRONG_FIELD]) expect(first.out).not.toContain(t);
    expect(await db.connection.count({ where: { source: "import" } })).toBe(3);

    await control("DELETE", "/requests");
    const again = await cli(["--file", file("clean", [...tokens, JSON.stringify({ refresh_token: DEAD })])]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already present: +3\n/);
    expect(again.out).toMatch(/dead: +1\n/);
    // Only the dead token is asked about again: imported ones are known by their hash.
    expect(await remoteCallCounts()).toMatchObject({ refresh: 1, identity: 0 });
    for (const t of [...held.map((h) => h.refreshToken), DEAD]) expect(again.out).not.toContain(t);
  });

  it("exits 1 and names the failed lines when Remote is down; exits 2 on usage errors", async () => {
    const held = await mintHeldTokens(2);
    await control("POST", "/faults", { target: "token", mode: "error", status: 503, grant: "refresh_token" });
    const down = await cli(["--file", file("down", held.map((h) => JSON.stringify({ refresh_token: h.refreshToken })))]);
    expect(down.code).toBe(1);
    expect(down.out).toMatch(/failed: +2\n/);
    expect(down.out).toMatch(/run the same file again[^\n]*\n {2}line 1: Remote is temporarily unavailable[^\n]*\n {2}line 2: /);
    for (const h of held) expect(down.out).not.toContain(h.refreshToken);
    expect(await db.connection.count()).toBe(0);

    for (const args of [[], ["--file", path.join(dir, "missing.jsonl")], ["--file", dir], ["--nope"], ["--file", path.join(dir, "x"), "--concurrency", "0"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.out).toContain("Usage: npm run connections:import");
    }
  });

  it("two runs of the same file at once make one connection per company", async () => {
    const held = await mintHeldTokens(8);
    const f = file("twice", held.map((h) => JSON.stringify({ refresh_token: h.refreshToken })));
    const [a, b] = await Promise.all([cli(["--file", f]), cli(["--file", f])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const count = (out: string, label: string) => Number(new RegExp(`${label}: +(\\d+)\\n`).exec(out)![1]);
    expect(count(a.out, "imported") + count(b.out, "imported")).toBe(8);
    expect(count(a.out, "already present") + count(b.out, "already present")).toBe(8);
    expect(await db.connection.count()).toBe(8);
    expect(await db.importedToken.count()).toBe(8);
  });
});
