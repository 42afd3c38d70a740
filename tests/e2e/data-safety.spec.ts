// Over real HTTP against `next start`: connect links acknowledged with 201 are all stored, while
// deletes of unknown connections (transactions that roll back) run at the same time, and while a
// CLI process writes API keys to the same database.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDb } from "../../lib/db/client";
import { cli } from "./support/app";
import { E2E } from "./support/ports";

const root = path.resolve(__dirname, "../..");

test("300 acknowledged connect links survive 900 concurrent rolled-back deletes and a parallel CLI", async () => {
  test.setTimeout(120_000);
  const key = cli("api-keys:create", ["--name", "e2e-data-safety"]);
  const headers = { authorization: `Bearer ${key}` };
  // A second process writing the same database meanwhile: the key CLI, three times in a row.
  const cliRuns = (async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const p = spawn("npm", ["run", "-s", "api-keys:create", "--", "--name", `parallel-${i}`], { cwd: root, env: { ...process.env, ...E2E.appEnv }, stdio: "ignore" });
        p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`api-keys:create exited with ${code}`))));
      });
    }
  })();

  // Node's fetch opens as many connections as there are requests, so the server really interleaves
  // them (Playwright's request context queues them on a few sockets).
  const send = (method: string, p: string, body?: unknown) =>
    fetch(`${E2E.appUrl}${p}`, { method, headers: { ...headers, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const creates: Promise<Response>[] = [];
  const deletes: Promise<Response>[] = [];
  for (let i = 0; i < 300; i++) {
    creates.push(send("POST", "/api/v1/connect-links", { external_id: `http-race-${i}` }));
    for (let k = 0; k < 3; k++) deletes.push(send("DELETE", `/api/v1/connections/unknown-${i}-${k}`));
  }
  const [created, deleted] = await Promise.all([Promise.all(creates), Promise.all(deletes), cliRuns]);

  expect(deleted.map((r) => r.status)).toEqual(Array(900).fill(404));
  expect(created.map((r) => r.status)).toEqual(Array(300).fill(201));
  const acknowledged = await Promise.all(created.map(async (r) => ((await r.json()) as { id: string }).id));

  // Read the database the server wrote (a separate connection, so WAL contents count too).
  const db = createDb(E2E.databaseUrl);
  try {
    expect(await db.connectLink.count({ where: { id: { in: acknowledged } } })).toBe(300);
    expect(await db.apiKey.count({ where: { name: { startsWith: "parallel-" } } })).toBe(3);
  } finally {
    await db.$disconnect();
  }
});
