// Imports against the shared Remote rate budget. A 1,000-line file on Remote's real one-minute
// window: spent as background work, refereed by the emulator set to the same per-minute limit
// Remote would enforce. And, on a short test window so it binds within seconds, an import that has
// used its background share waits for the window instead of failing, while a token request is
// still served at once (the import never starves live token traffic).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { importTokens, runImport } from "@/lib/connections/import";
import { readImportFile, validLines } from "@/lib/connections/import-file";
import { setBudgetWindowForTests, spendRemoteCall } from "@/lib/remote/budget";
import { caps } from "@/lib/remote/budget-math";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { useBudgetLimit } from "./support/partner-calls";
import { control, resetEmulator } from "./support/emulator";
import { mintHeldTokens, writeImportFile } from "./support/import-tokens";

const CLIENT = process.env.REMOTE_CLIENT_ID!;
const dir = path.resolve(__dirname, "../../data/test/import-cli");
mkdirSync(dir, { recursive: true });
let db: Db;

const setLimit = useBudgetLimit();

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  setBudgetWindowForTests(undefined);
});
afterEach(() => setBudgetWindowForTests(undefined));

type Referee = { counted: number; limited: number; max_in_any_minute: number; requests: { at: string; status: number | string }[] };
const referee = () => control<Referee>("GET", `/rate-limit?client_id=${CLIENT}`);

/** The most calls Remote received in any `windowMs` (sliding), from the emulator's own log. */
function maxInWindow(times: number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let lo = 0, hi = 0; hi < t.length; hi++) {
    while (t[hi] - t[lo] >= windowMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

async function importFile(file: string) {
  const counts: Record<string, number> = { imported: 0, already_present: 0, dead: 0, failed: 0, invalid: 0 };
  const run = runImport(validLines(readImportFile(file), () => counts.invalid++), { actor: { type: "system", label: "budget test" } }, (_line, o) => counts[o.status]++);
  return { counts, run };
}

it("imports a 1,000-line file within the budget: no 429, no minute over the background share", async () => {
  const LINES = 1000;
  // 2,000 calls (refresh + identity/current a line) fit the background share of 3,000 a minute
  // (2,250), so the run takes the machine's own time; Remote is set to the same limit as ours.
  const LIMIT = 3000;
  setLimit(LIMIT);
  const held = await mintHeldTokens(LINES);
  await control("POST", "/config", { rate_limit_per_minute: LIMIT });
  await control("DELETE", "/rate-limit");
  const file = writeImportFile(path.join(dir, `thousand-${process.pid}.jsonl`), held);

  const started = Date.now();
  const { counts, run } = await importFile(file);
  await run;
  const seconds = (Date.now() - started) / 1000;

  expect(counts).toEqual({ imported: LINES, already_present: 0, dead: 0, failed: 0, invalid: 0 });
  const r = await referee();
  expect(r.limited).toBe(0);
  expect(r.counted).toBe(2 * LINES);
  // Remote's minute and ours with its extra second (slots are whole seconds): never over the background share.
  expect(r.max_in_any_minute).toBeLessThanOrEqual(caps(LIMIT).background);
  expect(maxInWindow(r.requests.map((x) => Date.parse(x.at)), 61_000)).toBeLessThanOrEqual(caps(LIMIT).background);
  expect(await db.connection.count({ where: { source: "import" } })).toBe(LINES);
  console.log(`import: ${LINES} lines, ${r.counted} Remote calls in ${seconds.toFixed(1)} s (${(r.counted / seconds).toFixed(1)} calls/s), at most ${r.max_in_any_minute} in any minute`);
}, 600_000);

it("waits for the window once it has used its background share, and a token request still gets through meanwhile", async () => {
  const LINES = 20;
  const WINDOW_MS = 2000;
  const LIMIT = 20;
  setLimit(LIMIT);
  setBudgetWindowForTests(WINDOW_MS);
  const held = await mintHeldTokens(LINES);
  const file = writeImportFile(path.join(dir, `paced-${process.pid}.jsonl`), held);
  const background = caps(LIMIT).background;

  const started = Date.now();
  const { counts, run } = await importFile(file);
  let finished = false;
  void run.finally(() => (finished = true));
  let tokenServed = false;
  while (!finished && !tokenServed) {
    const inWindow = (await db.remoteRateSlot.findMany({ where: { clientId: CLIENT } }))
      .filter((s) => s.second.getTime() >= Date.now() - WINDOW_MS - 1000)
      .reduce((n, s) => n + s.count, 0);
    if (inWindow >= background) {
      // The import is now waiting for room: a token request is not.
      await spendRemoteCall("token", { maxWaitMs: 0 });
      tokenServed = true;
    } else await new Promise((r) => setTimeout(r, 50));
  }
  await run;
  const seconds = (Date.now() - started) / 1000;

  expect(tokenServed).toBe(true);
  expect(counts).toEqual({ imported: LINES, already_present: 0, dead: 0, failed: 0, invalid: 0 });
  const r = await referee();
  expect(r.limited).toBe(0);
  expect(r.counted).toBe(2 * LINES);
  // Never more than the background share in any window (on arrival times; up to 1 s of network jitter allowed) ...
  expect(maxInWindow(r.requests.map((x) => Date.parse(x.at)), WINDOW_MS)).toBeLessThanOrEqual(background);
  // ... so 40 calls at 15 per 3 s cannot be done in less than two more windows.
  expect(seconds).toBeGreaterThan((2 * (WINDOW_MS + 1000)) / 1000 - 1);
}, 120_000);

it("with a deadline (the API's), a token that finds no room in time fails with a plain reason and nothing stored", async () => {
  setLimit(8);
  const held = await mintHeldTokens(1);
  // Background work may use 6 of the 8: all spent, so the import would have to wait a minute.
  for (let i = 0; i < 6; i++) await spendRemoteCall("background", { maxWaitMs: 0 });
  const started = Date.now();
  const [out] = await importTokens([{ refresh_token: held[0].refreshToken }], { actor: { type: "system" }, deadline: Date.now() + 500 });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(out).toMatchObject({ status: "failed", reason: expect.stringMatching(/rate budget had no room in time.*importing it again retries it/) });
  expect(await db.connection.count()).toBe(0);
  expect((await referee()).counted).toBe(0);
});
