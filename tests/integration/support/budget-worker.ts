// A separate app process spending the shared Remote rate budget, for cross-process tests.
// argv: mode ("spend" = the budget alone, "grant" = real client-credentials requests to the
// emulator), count, priority, window ms (test-only), max wait ms. Prints one JSON line.
import { clientCredentialsGrant } from "../../../lib/remote/oauth";
import { setBudgetWindowForTests, spendRemoteCallTimed, type BudgetPriority } from "../../../lib/remote/budget";

async function main() {
  const [mode, count, priority, windowMs, maxWaitMs] = process.argv.slice(2);
  setBudgetWindowForTests(Number(windowMs) || undefined);
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const results = await Promise.all(
    Array.from({ length: Number(count) }, async () => {
      try {
        if (mode === "grant") {
          await clientCredentialsGrant();
          return { ok: true };
        }
        return { ok: true, at: await spendRemoteCallTimed(priority as BudgetPriority, { maxWaitMs: Number(maxWaitMs) }) };
      } catch (e) {
        const err = e as { name?: string; kind?: string; retryAfterMs?: number; message?: string };
        return { ok: false, error: err.name ?? String(e), kind: err.kind, retryAfterMs: err.retryAfterMs, message: err.message };
      }
    }),
  );
  process.stdout.write(JSON.stringify({ pid: process.pid, results }) + "\n", () => process.exit(0));
}

main();
