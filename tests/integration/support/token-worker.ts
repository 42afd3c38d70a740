// A separate app process for cross-process tests: N concurrent getAccessToken calls on one
// connection, printing one JSON line with what each caller got.
import { getAccessToken } from "../../../lib/connections/access-token";

async function main() {
  const [connectionId, count] = [process.argv[2], Number(process.argv[3] ?? 1)];
  // Wait for the go signal on stdin so both processes start their storm together.
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, async () => {
      const t0 = performance.now();
      try {
        const t = await getAccessToken(connectionId);
        return { ok: true, token: t.accessToken, ms: performance.now() - t0 };
      } catch (e) {
        return { ok: false, error: (e as { code?: string }).code ?? String(e), ms: performance.now() - t0 };
      }
    }),
  );
  // Exit only after the pipe has taken the whole line.
  process.stdout.write(JSON.stringify({ pid: process.pid, wallMs: performance.now() - started, results }) + "\n", () => process.exit(0));
}

main();
