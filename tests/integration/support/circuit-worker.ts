// A separate app process for the client-circuit test: from `startAt` (epoch ms, read from stdin, so that several
// processes fire at the same instants) every `tick` ms until `durationMs` has passed, one
// getAccessToken per connection and one getPartnerAccessToken, all concurrently. Prints one
// JSON line with each outcome (a token or the error code).
import { getAccessToken } from "../../../lib/connections/access-token";
import { getPartnerAccessToken } from "../../../lib/connections/partner-token";

async function main() {
  const [durationMs, tick, ids] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4].split(",")];
  // The go line carries startAt.
  const startAt = Number(await new Promise<string>((r) => process.stdin.once("data", (d) => r(String(d)))));
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => ({ ok: true }),
      (e: { code?: string }) => ({ ok: false, error: e?.code ?? String(e) }),
    );
  const pending: Promise<{ ok: boolean; error?: string }>[] = [];
  for (let at = startAt; at < startAt + durationMs; at += tick) {
    await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
    for (const id of ids) pending.push(outcome(getAccessToken(id)));
    pending.push(outcome(getPartnerAccessToken()));
  }
  const results = await Promise.all(pending);
  process.stdout.write(JSON.stringify({ pid: process.pid, results }) + "\n", () => process.exit(0));
}

main();
