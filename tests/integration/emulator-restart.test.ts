// Issue #8: stopping and restarting `npm start` must not cost a connected company its consent. This
// file runs its OWN emulator process (the shared one must never restart under other files), on a
// fixed port so the app's stored gateway URL and the tokens' issuer stay the same across restarts.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearCatalogCache, getCountries } from "@/lib/companies/catalog";
import { getAccessToken } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import { fetchCompanyLiveData } from "@/lib/connections/live-data";
import { completeAuthorization, startAuthorization } from "@/lib/consent/flow";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { ACME } from "./support/consent";
import { freshDatabase } from "./support/db";
import { TEST_CLIENT } from "./support/global-setup";

const root = path.resolve(__dirname, "../..");
const stateDir = path.join(root, "data/test", `emu-restart-${process.pid}`);
let url = "";
let emulator: ChildProcess | undefined;
let db: Db;

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = net.createServer().once("error", reject);
  s.listen(0, "127.0.0.1", () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

/** The emulator as scripts/start.mjs runs it (`node --import tsx`), with EMULATOR_STATE_DIR when `persist`. */
async function startEmulator(persist: boolean): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "emulator/src/main.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env, EMULATOR_PORT: new URL(url).port, EMULATOR_MODE: "test", EMULATOR_PUBLIC_URL: url,
      EMULATOR_REDIRECT_URIS: `${TEST_CLIENT.appUrl}/connect/callback`, EMULATOR_CLIENT_ID: TEST_CLIENT.id,
      EMULATOR_CLIENT_SECRET: TEST_CLIENT.secret, EMULATOR_STATE_DIR: persist ? stateDir : "",
    },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  for (const until = Date.now() + 20_000; !out.includes("listening on"); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`emulator did not start:\n${out}`);
  }
  emulator = child;
}

/** What `npm start` does on Ctrl-C: SIGTERM, then wait until it is gone. */
async function stopEmulator(): Promise<void> {
  const child = emulator;
  emulator = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

async function control<T>(method: string, p: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}/__emulator${p}`, {
    method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`emulator ${method} ${p} -> ${res.status}`);
  return (await res.json()) as T;
}
const tokenGrants = async () =>
  (await control<Array<{ path: string; grant_type?: string }>>("GET", "/requests?path=/auth/oauth2/token")).map((r) => r.grant_type);

/** support/consent.ts's connect(), against this file's emulator instead of the shared one. */
async function connectAcme(): Promise<string> {
  const browser = `browser-${Math.random()}`;
  const q = new URL(await startAuthorization({ browserNonce: browser })).searchParams;
  const { redirect_to } = await control<{ redirect_to: string }>("POST", "/authorize", {
    client_id: q.get("client_id"), redirect_uri: q.get("redirect_uri"), state: q.get("state"),
    code_challenge: q.get("code_challenge"), code_challenge_method: q.get("code_challenge_method"), company_id: ACME.id, decision: "allow",
  });
  const result = await completeAuthorization(new URL(redirect_to).searchParams, browser);
  if (!result.ok) throw new Error(`consent failed: ${result.reason}`);
  return result.connectionId;
}

/** A returning user's day one: connect a company, open its page, load the create-company form; then restart. */
async function connectThenRestart(persist: boolean): Promise<string> {
  await startEmulator(persist);
  const connectionId = await connectAcme();
  expect((await fetchCompanyLiveData(connectionId)).company.id).toBe(ACME.id);
  clearCatalogCache();
  expect((await getCountries()).length).toBeGreaterThan(5);
  await stopEmulator();
  await startEmulator(persist);
  return connectionId;
}

beforeAll(async () => {
  url = `http://localhost:${await freePort()}`;
  // setup-env pointed lib/ at the shared emulator; env is parsed lazily, so re-point it before first use.
  process.env.REMOTE_GATEWAY_URL = url;
  resetEnvForTests();
});
beforeEach(async () => {
  db = await freshDatabase();
  rmSync(stateDir, { recursive: true, force: true });
});
afterEach(stopEmulator);
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const status = async (id: string) => (await db.connection.findUniqueOrThrow({ where: { id } })).status;

describe("restarting the emulator (issue #8)", () => {
  it("with its state dir, as npm start runs it, the app loses nothing", async () => {
    const connectionId = await connectThenRestart(true);

    // The company page: the stored access token still works, no refresh needed.
    expect((await fetchCompanyLiveData(connectionId)).company.id).toBe(ACME.id);
    // The create-company form: countries load with the stored partner token.
    clearCatalogCache();
    expect((await getCountries()).map((c) => c.code)).toContain("DEU");
    expect(await tokenGrants()).toEqual([]);

    // Past the access token's life on the emulator's clock: Remote answers 401, the page refreshes once.
    await control("POST", "/clock", { advance_seconds: 3700 });
    expect((await fetchCompanyLiveData(connectionId)).company.id).toBe(ACME.id);
    expect(await tokenGrants()).toEqual(["refresh_token"]);
    // A forced refresh (the console's "Refresh now") works too: the refresh token is still known.
    await expect(getAccessToken(connectionId, { forceRefresh: true })).resolves.toMatchObject({ remoteCompanyId: ACME.id });
    expect(await status(connectionId)).toBe("connected");
    const audit = await db.auditEvent.findMany({ where: { connectionId }, select: { type: true } });
    expect(audit.map((e) => e.type)).not.toContain("connection.needs_reconnect");
  }, 90_000); // two tsx emulator starts, slow on a busy machine

  it("without a state dir the same restart costs the company its consent (what the test above guards against)", async () => {
    const connectionId = await connectThenRestart(false);
    const err = await getAccessToken(connectionId, { forceRefresh: true }).then(() => null, (e: TokenServiceError) => e);
    expect(err?.code).toBe("needs_reconnect");
    expect(await status(connectionId)).toBe("needs_reconnect");
  }, 90_000);
});
