// A separate app process for cross-process write tests: N concurrent mixed operations (connect
// links, API keys, audit events, transactions that roll back) on the shared database, printing one
// JSON line with the ids of every write it was told succeeded.
import { createApiKey } from "../../../lib/api-keys/service";
import { recordAudit } from "../../../lib/audit/record";
import { createConnectLink } from "../../../lib/connect-links/service";
import { disconnectConnection } from "../../../lib/connections/disconnect";
import { getDb } from "../../../lib/db";

const actor = { type: "system" as const, label: `worker ${process.pid}` };

async function main() {
  const count = Number(process.argv[2] ?? 100);
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const acked = { links: [] as string[], keys: [] as string[], audits: [] as string[], txs: [] as string[] };
  const errors: string[] = [];
  const ops = Array.from({ length: count }, async (_, i) => {
    try {
      if (i % 5 === 0) acked.links.push((await createConnectLink({ externalId: `w-${process.pid}-${i}`, actor })).id);
      else if (i % 5 === 1) acked.keys.push((await createApiKey({ name: `w-${process.pid}-${i}`, actor })).id);
      else if (i % 5 === 4) {
        // Read, then write, in one transaction: the shape that failed with SQLITE_BUSY_SNAPSHOT
        // when another process wrote between the two.
        const row = await getDb().$transaction(async (tx) => {
          await tx.apiKey.count();
          return tx.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: `tx-${process.pid}-${i}` } });
        });
        acked.txs.push(row.id);
      } else if (i % 5 === 2) {
        await recordAudit({ type: "connection.consent_failed", actor, message: `w-${process.pid}-${i}` });
        acked.audits.push(`w-${process.pid}-${i}`);
      } else await disconnectConnection(`missing-${i}`, actor).catch((e) => void (e.code === "not_found" || errors.push(String(e))));
    } catch (e) {
      errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    }
  });
  await Promise.all(ops);
  process.stdout.write(JSON.stringify({ pid: process.pid, acked, errors }) + "\n", () => process.exit(0));
}

main();
