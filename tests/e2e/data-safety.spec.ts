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

test("300 acknowledged connect links survive 300 concurrent rolled-back deletes and a parallel CLI", async ({ request }) => {
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

  const creates = Array.from({ length: 300 }, (_, i) => request.post("/api/v1/connect-links", { headers, data: { external_id: `http-race-${i}` } }));
  const deletes = Array.from({ length: 300 }, (_, i) => request.delete(`/api/v1/connections/unknown-${i}`, { headers }));
  const [created, deleted] = await Promise.all([Promise.all(creates), Promise.all(deletes), cliRuns]);

  expect(deleted.map((r) => r.status())).toEqual(Array(300).fill(404));
  expect(created.map((r) => r.status())).toEqual(Array(300).fill(201));
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
