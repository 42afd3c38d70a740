// In-process step of the metrics bench (scripts/bench/metrics.mjs), run as its own process:
//   hot-path ID N   -> getAccessToken (cache hit) plus the HTTP observation withApiKey adds, N calls
//                      per block, blocks alternating metrics off/on; prints per-call mean and p50 (ms)
import { getAccessToken } from "../../lib/connections/access-token";
import { resetEnvForTests } from "../../lib/env";
import { observeHttpRequest } from "../../lib/metrics/http";

const TOKEN = "bench-metrics-token-0123456789abcdef";

function setMetrics(on: boolean) {
  if (on) process.env.METRICS_TOKEN = TOKEN;
  else delete process.env.METRICS_TOKEN;
  resetEnvForTests();
}

async function block(id: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await getAccessToken(id);
    observeHttpRequest("/api/v1/connections/{id}/access-token", "POST", 200, performance.now() - t0);
    times.push(performance.now() - t0);
  }
  return times;
}

async function hotPath(id: string, n: number) {
  const all: Record<"off" | "on", number[]> = { off: [], on: [] };
  for (const on of [false, true]) {
    setMetrics(on);
    await block(id, n); // warm both paths
  }
  for (let round = 0; round < 10; round++) {
    for (const mode of ["off", "on"] as const) {
      setMetrics(mode === "on");
      all[mode].push(...(await block(id, n)));
    }
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / s.length, p50: s[Math.floor(s.length / 2)] };
  };
  process.stdout.write(JSON.stringify({ off: stats(all.off), on: stats(all.on) }) + "\n");
}

const [step, ...args] = process.argv.slice(2);
if (step !== "hot-path") throw new Error(`unknown step ${step}`);
hotPath(args[0], Number(args[1] ?? 500)).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
