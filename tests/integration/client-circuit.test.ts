import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getAccessToken } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import { getClientCircuit } from "@/lib/connections/client-circuit";
import { getPartnerAccessToken } from "@/lib/connections/partner-token";
import { decryptSecret, encryptSecret } from "@/lib/crypto/vault";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { ACME, connect, GLOBEX } from "./support/consent";
import { TEST_CLIENT } from "./support/global-setup";
import { settle, startWorker } from "./support/processes";

let db: Db;
let ids: string[];

/** Two real consents plus four more companies holding (re-sealed) copies of a real refresh token. */
async function connections(): Promise<string[]> {
  const acme = (await connect(ACME.id)).connectionId;
  const globex = (await connect(GLOBEX.id)).connectionId;
  const source = await db.connection.findUniqueOrThrow({ where: { id: acme } });
  const refreshToken = decryptSecret({ table: "Connection", id: acme, field: "refreshToken" }, source.refreshTokenEnc!);
  const extra = [];
  for (let i = 0; i < 4; i++) {
    const id = randomUUID();
    await db.connection.create({
      data: {
        id,
        environment: source.environment,
        remoteCompanyId: randomUUID(),
        companyName: `Copy ${i}`,
        status: "connected",
        refreshTokenEnc: encryptSecret({ table: "Connection", id, field: "refreshToken" }, refreshToken),
        tokenVersion: 1,
      },
    });
    extra.push(id);
  }
  return [acme, globex, ...extra];
}

const expireAll = () => db.connection.updateMany({ data: { accessTokenEnc: null, accessTokenExpiresAt: null } });
const setSecret = (secret: string) => control("POST", `/clients/${TEST_CLIENT.id}`, { client_secret: secret });
const error = (p: Promise<unknown>) => p.then(() => null, (e: TokenServiceError) => e.code);
const auditTypes = async (prefix: string) => (await db.auditEvent.findMany({ where: { type: { startsWith: prefix } }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
const circuitRow = () => db.clientCircuit.findFirstOrThrow();

type Outcome = { ok: boolean; error?: string };

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  ids = await connections();
  await control("DELETE", "/requests");
});

describe("client circuit (invalid_client / unauthorized_client)", () => {
  it("one refusal pauses every connection and the partner token; exactly one probe when the cool-down ends", async () => {
    // The secret was rotated at Remote but not here: every grant is refused with invalid_client.
    await setSecret("rotated-at-remote-but-not-here");
    await expireAll();
    // Two more app processes, started now so they are ready when the circuit opens.
    const workers = [0, 1].map(() => startWorker<{ results: Outcome[] }>("tests/integration/support/circuit-worker.ts", ["3000", "100", ids.join(",")]));
    await settle();

    expect(await error(getAccessToken(ids[0]))).toBe("misconfigured");
    expect(await tokenCalls()).toHaveLength(1);
    const opened = await circuitRow();
    expect(opened.openedAt).not.toBeNull();
    expect(await getClientCircuit()).toMatchObject({ open: true, code: "invalid_client", message: expect.stringContaining("REMOTE_CLIENT_SECRET") });

    // Every 100 ms for 3 s, three processes ask for all six companies' tokens and the partner token
    // at the same instants; one of those instants is 5 ms after the 2 s cool-down ends.
    const startAt = opened.openUntil!.getTime() + 5 - 1500;
    expect(startAt).toBeGreaterThan(Date.now());
    workers.forEach((w) => w.child.stdin!.write(`${startAt}\n`));
    const local: Promise<string | null>[] = [];
    for (let at = startAt; at < startAt + 3000; at += 100) {
      await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
      for (const id of ids) local.push(error(getAccessToken(id)));
      local.push(error(getPartnerAccessToken()));
    }
    const results = [...(await Promise.all(workers.map((w) => w.done))).flatMap((w) => w.results), ...(await Promise.all(local)).map((e) => ({ ok: !e, error: e ?? undefined }))];
    expect(results.length).toBeGreaterThan(200);
    expect(results.filter((r) => r.ok || r.error !== "misconfigured")).toEqual([]);
    // The call that opened the circuit, plus one probe once its cool-down was over: nothing else.
    const calls = await tokenCalls();
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => c.status === 401)).toBe(true);
    // The failed probe re-opened it for longer (2 s, then 4 s); still one "opened" event.
    const reopened = await circuitRow();
    expect(reopened.consecutiveFailures).toBe(2);
    expect(reopened.openUntil!.getTime()).toBeGreaterThan(opened.openUntil!.getTime() + 3000);
    expect(await auditTypes("client_circuit.")).toEqual(["client_circuit.opened"]);
    // No company was blamed: none needs a reconnect, none has a failure streak or audit row of its own.
    const rows = await db.connection.findMany({ select: { status: true, consecutiveFailures: true } });
    expect(rows.every((r) => r.status === "connected" && r.consecutiveFailures === 0)).toBe(true);
    expect(await auditTypes("connection.needs_reconnect")).toEqual([]);
    expect(await auditTypes("connection.refresh_failed")).toEqual([]);

    // The secret is fixed at Remote; after the cool-down the first caller's probe closes the circuit.
    await setSecret(TEST_CLIENT.secret);
    await new Promise((r) => setTimeout(r, Math.max(0, reopened.openUntil!.getTime() - Date.now()) + 50));
    await expect(getAccessToken(ids[1])).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(await getClientCircuit()).toMatchObject({ open: false, message: null });
    expect(await auditTypes("client_circuit.")).toEqual(["client_circuit.opened", "client_circuit.closed"]);
    await expect(getPartnerAccessToken()).resolves.toMatchObject({ accessToken: expect.any(String) });
  }, 60_000);

  it("the partner token can open it too, and company refreshes then fail fast without calling Remote", async () => {
    await setSecret("rotated-at-remote-but-not-here");
    expect(await error(getPartnerAccessToken())).toBe("misconfigured");
    await expireAll();
    const outcomes = await Promise.all(ids.flatMap((id) => Array.from({ length: 5 }, () => error(getAccessToken(id)))));
    expect(new Set(outcomes)).toEqual(new Set(["misconfigured"]));
    expect(await tokenCalls()).toHaveLength(1);
    expect((await tokenCalls())[0].grant_type).toBe("client_credentials");
    expect(await auditTypes("client_circuit.")).toEqual(["client_circuit.opened"]);
  });

  it("unauthorized_client on a refresh opens it as well", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status: 400, body: { error: "unauthorized_client", error_description: "not allowed" } });
    await expireAll();
    expect(await error(getAccessToken(ids[0]))).toBe("misconfigured");
    expect(await error(getAccessToken(ids[1]))).toBe("misconfigured");
    expect(await tokenCalls()).toHaveLength(1);
    expect(await getClientCircuit()).toMatchObject({ open: true, code: "unauthorized_client" });
    expect((await db.connection.findUniqueOrThrow({ where: { id: ids[0] } })).status).toBe("connected");
  });

  it("a client refused only the client credentials grant keeps refreshing company tokens", async () => {
    await control("POST", `/clients/${TEST_CLIENT.id}`, { disallow_client_credentials: true });
    expect(await error(getPartnerAccessToken())).toBe("misconfigured");
    await expireAll();
    await expect(getAccessToken(ids[0])).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(await getClientCircuit()).toMatchObject({ open: false });
  });
});
