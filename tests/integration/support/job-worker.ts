// A separate app process for job-runner tests. Prints one JSON line per event on stdout.
//   job:   registers "it-job" (JOB_EVERY_MS, JOB_LEASE_MS, JOB_RUN_MS; JOB_THROW=1 makes runs throw)
//          and runs the job runner until SIGTERM, like `npm run worker`.
//   claim: after "go" on stdin, claims pending WebhookDelivery rows (5 at a time) until none are
//          left, then prints the ids it got.
//   webhooks: registers the webhook jobs (lib/webhooks/jobs) and runs the job runner until SIGTERM.
import { claimRows, processOwner, registerJob, startJobRunner } from "../../../lib/jobs";

const say = (ev: string, extra: object = {}) => process.stdout.write(JSON.stringify({ ev, pid: process.pid, at: Date.now(), ...extra }) + "\n");

async function claimAll() {
  await new Promise((r) => process.stdin.once("data", r));
  const ids: string[] = [];
  for (let empty = 0; empty < 3; ) {
    const rows = await claimRows<{ id: string }>({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", match: { status: "pending" }, owner: processOwner(), leaseMs: 60_000, limit: 5 });
    if (rows.length) ids.push(...rows.map((r) => r.id));
    else empty++;
  }
  say("claimed", { ids });
  process.exit(0);
}

function runJob() {
  const runMs = Number(process.env.JOB_RUN_MS ?? 0);
  registerJob({
    name: "it-job",
    everyMs: Number(process.env.JOB_EVERY_MS ?? 1000),
    leaseMs: process.env.JOB_LEASE_MS ? Number(process.env.JOB_LEASE_MS) : undefined,
    run: async () => {
      say("run-start");
      await new Promise((r) => setTimeout(r, runMs));
      if (process.env.JOB_THROW === "1") {
        say("run-throw");
        throw new Error("job exploded on purpose");
      }
      say("run-end");
    },
  });
  startJobRunner({ signals: "stop-and-exit", tickMs: Number(process.env.JOB_TICK_MS ?? 100) });
  say("ready");
  setInterval(() => undefined, 1 << 30);
}

async function runWebhooks() {
  await import("../../../lib/webhooks/jobs");
  startJobRunner({ signals: "stop-and-exit", tickMs: Number(process.env.JOB_TICK_MS ?? 100) });
  say("ready");
  setInterval(() => undefined, 1 << 30);
}

if (process.argv[2] === "claim") void claimAll();
else if (process.argv[2] === "webhooks") void runWebhooks();
else runJob();
