// Bench steps that need the app's own modules; run by run.mjs as separate processes.
//   setup                 -> consent for a demo company, print {connectionId}
//   cache-hit N           -> getAccessToken vs the floor (indexed read + one AES-GCM decrypt)
//   storm ID N            -> N concurrent getAccessToken on ID (waits for "go" on stdin if WAIT_FOR_GO)
//   expire ID             -> mark the stored access token expired
//   api-key               -> create a partner API key, print {key}
import { getAccessToken } from "../../lib/connections/access-token";
import { decryptSecret } from "../../lib/crypto/vault";
import { getDb } from "../../lib/db";
import { hotRead } from "../../lib/db/hot-read";
import { getEnv } from "../../lib/env";
import { consentDemoCompany } from "./demo-consent";

const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + "\n");
const summarize = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return { n: s.length, p50: s[Math.floor(s.length * 0.5)], p99: s[Math.floor(s.length * 0.99)] };
};

async function setup() {
  out({ connectionId: await consentDemoCompany() });
}

async function cacheHit(id: string, n: number) {
  const db = getDb();
  const floor = async () => {
    // The cheapest read there is (a prepared statement on the query-only connection, as the hot path uses).
    const [row] = await hotRead<{ accessTokenEnc: string; accessTokenExpiresAt: Date }>(db, 'SELECT "accessTokenEnc", "accessTokenExpiresAt" FROM "Connection" WHERE "id" = ?', [id], { dates: ["accessTokenExpiresAt"] });
    return decryptSecret({ table: "Connection", id, field: "accessToken" }, row.accessTokenEnc);
  };
  const time = async (fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
    return samples;
  };
  // Warm up both paths, then interleave rounds so drift on the machine hits both equally.
  await time(floor);
  await time(() => getAccessToken(id));
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 5; round++) {
    a.push(...(await time(floor)));
    b.push(...(await time(() => getAccessToken(id))));
  }
  out({ floor: summarize(a), getAccessToken: summarize(b) });
}

async function storm(id: string, n: number) {
  // A long-running server has its database client and HTTP pool warm: do the same before "go".
  await getDb().connection.findUnique({ where: { id }, select: { id: true } });
  await fetch(`${getEnv().gatewayUrl}/__emulator/health`).then((r) => r.text());
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: n }, async () => {
      const s = performance.now();
      const t = await getAccessToken(id);
      return { token: t.accessToken, ms: performance.now() - s };
    }),
  );
  // Small enough for one pipe write (200 callers); the exit below must not truncate it.
  out({ wallMs: performance.now() - t0, results });
}

async function apiKey() {
  const { createApiKey } = await import("../../lib/api-keys/service");
  out({ key: (await createApiKey({ name: "bench", actor: { type: "system", label: "bench" } })).key });
}

async function expire(id: string) {
  await getDb().connection.update({ where: { id }, data: { accessTokenExpiresAt: new Date(0) } });
  out({ ok: true });
}

async function main() {
  const [step, a, b] = process.argv.slice(2);
  if (step === "setup") await setup();
  else if (step === "cache-hit") await cacheHit(a, Number(b));
  else if (step === "storm") await storm(a, Number(b));
  else if (step === "expire") await expire(a);
  else if (step === "api-key") await apiKey();
  else throw new Error(`unknown step ${step}`);
  // Exit only once stdout is flushed: a pipe write is asynchronous.
  process.stdout.write("", () => process.exit(0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
