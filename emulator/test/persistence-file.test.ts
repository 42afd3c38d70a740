import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeDurably, type WriteFile } from "../src/persistence/state-file";
import { companyTokens, json, start, tokenRequest } from "./helpers";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "emu-state-"));
  dirs.push(dir);
  const notices: string[] = [];
  const file = path.join(dir, "state.json");
  return { dir, file, notices, opts: { stateDir: dir, publicUrl: "http://emulator.test", notice: (l: string) => notices.push(l) } };
}
const grantsIn = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { grants: unknown[] }).grants.length;

describe("state file", () => {
  it.each([
    ["not JSON", "{\"version\":1,\"grants\":[", /not valid JSON/],
    ["another version", JSON.stringify({ version: 99 }), /version 99, this emulator reads version 1/],
    ["the wrong shape", JSON.stringify({ version: 1, grants: "all of them" }), /saved_at|clock_offset_ms|signing_key/],
  ])("that is %s: one clear line, a clean start, and the bad file kept aside", async (_, content, reason) => {
    const { dir, file, notices, opts } = setup();
    writeFileSync(file, content);
    const h = await start(opts);
    try {
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(reason);
      expect(notices[0]).toMatch(/unusable .*starting clean, kept it as state\.json\.corrupt-\d{4}-/);
      const aside = readdirSync(dir).filter((n) => n.startsWith("state.json.corrupt-"));
      expect(aside).toHaveLength(1);
      expect(readFileSync(path.join(dir, aside[0]), "utf8")).toBe(content);
      expect((await json(await h.control("GET", "/state"))).authorizations).toEqual([]);
      // ...and it works, saving a good file again.
      await companyTokens(h);
      h.emulator.flush();
      expect(grantsIn(file)).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("POST /__emulator/reset deletes the saved state: the next start is the seed", async () => {
    const { file, notices, opts } = setup();
    const a = await start(opts);
    const acme = await companyTokens(a);
    a.emulator.flush();
    expect(existsSync(file)).toBe(true);
    await a.control("POST", "/reset");
    expect(existsSync(file)).toBe(false);
    await a.close();
    expect(existsSync(file)).toBe(false);

    const b = await start(opts);
    try {
      expect(notices.at(-1)).toMatch(/no saved state in .*state\.json yet, starting from the seed/);
      expect((await tokenRequest(b, { grant_type: "refresh_token", refresh_token: acme.refresh_token })).status).toBe(400);
    } finally {
      await b.close();
    }
  });

  it("writes atomically with mode 0600: a write that dies half-way leaves the previous file whole", async () => {
    const { dir, file, notices, opts } = setup();
    let failing = false;
    const write: WriteFile = (f, data) => {
      if (!failing) return writeDurably(f, data);
      writeFileSync(f, data.slice(0, data.length / 2));
      throw new Error("disk full");
    };
    const h = await start({ ...opts, writeStateFile: write });
    try {
      await companyTokens(h);
      h.emulator.flush();
      const good = readFileSync(file, "utf8");
      expect(statSync(file).mode & 0o777).toBe(0o600);

      failing = true;
      await companyTokens(h);
      h.emulator.flush();
      expect(notices.at(-1)).toMatch(/could not save state to .*state\.json: disk full/);
      expect(readFileSync(file, "utf8")).toBe(good);
      expect(readdirSync(dir)).toEqual(["state.json"]);

      failing = false;
      await companyTokens(h);
      h.emulator.flush();
      expect(grantsIn(file)).toBe(3);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      await h.close();
    }
  });

  it("batches a burst of token requests into one write, made within ~200 ms", async () => {
    const { file, opts } = setup();
    const writes: number[] = [];
    const h = await start({ ...opts, writeStateFile: (f, data) => (writes.push(Date.now()), writeDurably(f, data)) });
    try {
      const t0 = Date.now();
      const res = await Promise.all(Array.from({ length: 60 }, () => tokenRequest(h, { grant_type: "client_credentials" })));
      const t1 = Date.now();
      expect(res.every((r) => r.status === 200)).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      // One write per 200 ms window at most, however many requests, and the last change saved soon after the burst.
      expect(writes.length).toBeGreaterThanOrEqual(1);
      expect(writes.length).toBeLessThanOrEqual(Math.ceil((t1 - t0) / 200) + 1);
      for (let i = 1; i < writes.length; i++) expect(writes[i] - writes[i - 1]).toBeGreaterThanOrEqual(190);
      expect(writes.at(-1)! - t1).toBeLessThan(450);
      expect((JSON.parse(readFileSync(file, "utf8")) as { access_tokens: unknown[] }).access_tokens).toHaveLength(60);
    } finally {
      await h.close();
    }
  });

  it("is off without a state dir: nothing is read or written", async () => {
    let writes = 0;
    const h = await start({ publicUrl: "http://emulator.test", writeStateFile: () => void writes++ });
    try {
      await companyTokens(h);
      h.emulator.flush();
      await new Promise((r) => setTimeout(r, 300));
      expect(writes).toBe(0);
    } finally {
      await h.close();
    }
  });
});
