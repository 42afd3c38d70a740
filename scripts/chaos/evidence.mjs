// After the run: what the emulator, the database and the API say now, for the checks.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readDatabase } from "./db-read.mjs";

/** Whether an acknowledged API key still authenticates (retried a little: the check must not flake). */
async function keyWorks(appUrl, key) {
  for (let i = 0; i < 3; i++) {
    try {
      const res = await fetch(`${appUrl}/api/v1/connections?page_size=1`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) return true;
      if (res.status === 401) return false;
    } catch {
      /* retry */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Every connection as the partner API lists it (all pages), or null when the API would not say. */
async function apiConnections(appUrl, key) {
  const all = [];
  for (let page = 1; page < 100; page++) {
    const res = await fetch(`${appUrl}/api/v1/connections?page_size=200&page=${page}`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (res?.status !== 200) return null;
    const body = await res.json();
    all.push(...body.data);
    if (page >= body.pagination.total_pages) return all;
  }
  return all;
}

/**
 * Also writes everything to `logDir` (evidence.json: the journal, the database rows, the emulator's
 * state, tokens and request log), so an anomaly can be traced after the processes are gone.
 */
export async function gatherEvidence(ctx, database, logDir) {
  const [state, tokens, requests] = await Promise.all([ctx.emu.get("/state"), ctx.emu.get("/tokens"), ctx.emu.get("/requests")]);
  const companyPosts = requests.filter((r) => r.method === "POST" && /\/v1\/companies$/.test(r.path)).sort((a, b) => a.at.localeCompare(b.at));
  const works = new Map();
  for (const { key } of ctx.journal.acks.keys) works.set(key, await keyWorks(ctx.appUrl, key));
  const api = await apiConnections(ctx.appUrl, ctx.journal.acks.keys[0].key);
  const evidence = { db: await readDatabase(database), api, emu: { state, tokens, companyPosts }, keyWorks: works };
  const { journal } = ctx;
  const dump = { t0: journal.t0, journal: { ...journal, t0: undefined }, db: evidence.db, api, emulator: { state, tokens, requests } };
  writeFileSync(path.join(logDir, "evidence.json"), JSON.stringify(dump, (_k, v) => (v === Infinity ? "Infinity" : v)));
  return evidence;
}
