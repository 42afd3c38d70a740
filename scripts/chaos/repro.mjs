// Deterministic reproductions of what chaos runs found, for whoever fixes them to check the fix:
//   node scripts/chaos/repro.mjs resubmit-after-kill         a second submit of a form waits > 30 s
//   node scripts/chaos/repro.mjs store-fails-after-create    Remote has the company, the app does not (SQLite)
//   node scripts/chaos/repro.mjs concurrent-consents [--db postgres] [--trials 10]   a link's external id is lost
// Exit code 1 when the defect shows, 0 when the app behaved. Uses the chaos ports and NEXT_DIST_DIR build.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { root } from "../lib/proc.mjs";
import { CookieJar, http } from "./http.mjs";
import { Journal } from "./journal.mjs";
import { seededRandom } from "./options.mjs";
import { runCli } from "./ops-cli.mjs";
import { createCompany, formFor, formToken, submitActionId, submitForm } from "./ops-company.mjs";
import { untilCallback } from "./ops-consent.mjs";
import { DIST_DIR, emptyStack, preflight, startStack, stopStack } from "./stack.mjs";
import { APP_URL, EMULATOR_URL, PORTS } from "./topology.mjs";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { db: { type: "string", default: "sqlite" }, trials: { type: "string", default: "10" } } });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const direct = (i) => `http://127.0.0.1:${PORTS.apps[i]}`;

async function freshForm(ctx) {
  const page = await http(ctx.journal, "form", `${APP_URL}/create-company`);
  return formFor(ctx, formToken(page.text));
}

const SCENARIOS = {
  /** The process creating the company dies; the same form, submitted again, waits for it. */
  async "resubmit-after-kill"(ctx, stack) {
    const form = await freshForm(ctx);
    await stack.emulator.post("/faults", { target: "companies", mode: "latency", latency_ms: 8000 });
    const first = submitForm(ctx, form, new CookieJar(), direct(0));
    await sleep(1500);
    await stack.apps[0].kill();
    console.log(`app-1 SIGKILLed during Remote's company creation; its submit: ${(await first).label}`);
    await stack.emulator.del("/faults");
    const t = Date.now();
    const again = await submitForm(ctx, form, new CookieJar(), direct(1));
    const s = (Date.now() - t) / 1000;
    console.log(`the same form submitted to app-2: ${again.label} after ${s.toFixed(1)} s`);
    return s > 30;
  },

  /** Writes fail (another process holds SQLite's write lock) between Remote's answer and the store. */
  async "store-fails-after-create"(ctx, stack) {
    if (stack.database.kind !== "sqlite") throw new Error("this scenario holds SQLite's write lock: use --db sqlite");
    const form = await freshForm(ctx);
    await stack.emulator.post("/faults", { target: "companies", mode: "latency", latency_ms: 2000 });
    const pending = submitForm(ctx, form, new CookieJar());
    await sleep(1000);
    const lock = new Database(path.join(root, stack.database.file));
    lock.exec("BEGIN IMMEDIATE");
    const first = await pending;
    lock.exec("ROLLBACK");
    lock.close();
    const atRemote = (await stack.emulator.get("/state")).companies.filter((c) => c.name === form.values.name);
    const rows = new Database(path.join(root, stack.database.file), { readonly: true }).prepare(`SELECT status, "remoteCompanyId" FROM "CompanyCreation"`).all();
    console.log(`submit while the database refused writes: ${first.label}; at Remote: ${atRemote.map((c) => c.id).join(", ") || "nothing"}; CompanyCreation: ${JSON.stringify(rows)}`);
    return atRemote.length > 0 && !rows.some((r) => r.remoteCompanyId === atRemote[0].id);
  },

  /** A consent through a connect link (external id E) and a plain one for the same company, at once. */
  async "concurrent-consents"(ctx) {
    const key = (await runCli("api-keys:create", ["--name", "repro"], ctx.env)).output.split("\n").pop();
    const api = (m, p, b) => fetch(`${APP_URL}${p}`, { method: m, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: b && JSON.stringify(b) }).then((r) => r.json());
    let lost = 0;
    const trials = Number(values.trials);
    for (let i = 0; i < trials; i++) {
      await createCompany(ctx); // a company without an external id yet
      const companyId = ctx.journal.acks.companies.at(-1)?.companyId;
      const link = await api("POST", "/api/v1/connect-links", { external_id: `repro-${i}` });
      const pick = (accounts) => accounts.find((a) => a.startsWith(`${companyId}:`));
      const flows = [];
      for (const start of [`${link.url}/start`, `${APP_URL}/connect/start`]) {
        const jar = new CookieJar();
        flows.push({ jar, ...(await untilCallback(ctx, start, jar, pick)) });
      }
      const answers = await Promise.all(flows.map((f) => http(ctx.journal, "callback", f.callbackUrl, { jar: f.jar })));
      const bothDone = answers.every((a) => a.location?.endsWith("/connect/done"));
      const now = (await api("GET", `/api/v1/connections?remote_company_id=${companyId}`)).data[0]?.external_id;
      if (bothDone && now !== `repro-${i}`) lost++;
      console.log(`trial ${i + 1}: both consents ${bothDone ? "acknowledged" : "not both acknowledged"}; external_id now ${now}`);
    }
    console.log(`external id lost in ${lost} of ${trials} trials`);
    return lost > 0;
  },
};

const name = positionals[0];
if (!SCENARIOS[name]) {
  console.error(`Usage: node scripts/chaos/repro.mjs <${Object.keys(SCENARIOS).join("|")}> [--db sqlite|postgres] [--trials N]`);
  process.exit(2);
}
if (values.db === "postgres" && !process.env.TEST_POSTGRES_URL) throw new Error("--db postgres needs TEST_POSTGRES_URL");
await preflight();
const stack = emptyStack();
process.on("SIGINT", () => stopStack(stack).finally(() => process.exit(130)));
const logDir = path.join(root, "data/chaos", `repro-${name}`);
mkdirSync(logDir, { recursive: true });
let shows;
try {
  await startStack(stack, { kind: values.db, stamp: `repro_${Date.now().toString(36)}`, logDir, env: { REMOTE_HTTP_TIMEOUT_MS: "10000", TOKEN_REFRESH_LEASE_SECONDS: "30", DATABASE_BUSY_TIMEOUT_MS: "2000" } });
  const ctx = { journal: new Journal(values.db), rng: seededRandom(1), seed: 1, appUrl: APP_URL, emulatorUrl: EMULATOR_URL, actionId: submitActionId(DIST_DIR), env: stack.env };
  shows = await SCENARIOS[name](ctx, stack);
} finally {
  await stopStack(stack);
}
console.log(shows ? `${name}: the defect shows` : `${name}: the app behaved`);
process.exit(shows ? 1 : 0);
