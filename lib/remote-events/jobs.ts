import "server-only";
import { isJobRunnerStarted, registerJob } from "../jobs";
import { logger } from "../logger";
import { pruneRemoteEvents } from "./retention";
import { queueResync } from "./subscriptions";
import { processDueSubscriptions } from "./sync";

// Registers the relay's jobs with the job runner. Imported by instrumentation.ts and scripts/worker.ts
// before the runner starts.

/** A changed REMOTE_WEBHOOK_EVENTS (a restart with another value) or a lost queueing is noticed this often. */
const RESYNC_CHECK_MS = 60_000;
/** One run gives its lease back after this long so other processes get a turn. */
const RUN_BUDGET_MS = 20_000;

const g = globalThis as unknown as { remoteRelayLastResync?: number };

registerJob({
  name: "remote-events.subscriptions",
  everyMs: 1000,
  async run(ctx) {
    if (Date.now() - (g.remoteRelayLastResync ?? 0) > RESYNC_CHECK_MS) {
      g.remoteRelayLastResync = Date.now();
      const q = await queueResync();
      if (q.created || q.queued) logger.info(q, "Remote subscriptions queued for sync");
    }
    const end = Date.now() + RUN_BUDGET_MS;
    while (!ctx.signal.aborted && isJobRunnerStarted() && Date.now() < end) {
      const r = await processDueSubscriptions({ owner: ctx.owner, signal: ctx.signal });
      if (r.claimed) logger.debug(r, "Remote subscriptions synced");
      if (r.claimed === 0) break;
    }
  },
});

registerJob({
  name: "remote-events.retention",
  everyMs: 3600_000,
  async run() {
    const r = await pruneRemoteEvents();
    if (r.digestsCleared || r.deleted) logger.info(r, "received Remote events pruned");
  },
});
