import "server-only";
import { isJobRunnerStarted, registerJob, type JobContext } from "../jobs";
import { logger } from "../logger";
import { deliverDueWebhooks } from "./deliver";
import { dispatchPendingEvents } from "./dispatch";

// Registers the webhook jobs with the job runner. Imported by instrumentation.ts and scripts/worker.ts
// before the runner starts.
//
// A job runs in one process at a time (its lease), so delivery is split into lanes: jobs
// `webhooks.deliver.1..N`, each a loop of claim → attempt in parallel → record. Several processes
// hold different lanes and share the rows through claimRows; one process may hold them all.
// `webhooks.dispatch` fans new events out and then delivers what is due at once (the same loop), so a state
// change reaches the receiver within about a tick (~1 s) instead of waiting for a lane's next run.

export const DELIVERY_LANES = 2;
/** A lane gives its lease back after this long so other processes get a turn at it. */
const LANE_BUDGET_MS = 20_000;
const DISPATCH_BUDGET_MS = 5_000;
const EVERY_MS = 200;
/** Short: a killed holder's lane is free again in seconds (the runner renews it while it lives). */
const LEASE_MS = 15_000;

/** Claims and delivers until nothing is due, the budget is spent, or the process stops. */
export async function deliveryLoop(ctx: JobContext, budgetMs: number): Promise<number> {
  const end = Date.now() + budgetMs;
  let attempted = 0;
  while (!ctx.signal.aborted && isJobRunnerStarted() && Date.now() < end) {
    const c = await deliverDueWebhooks({ owner: ctx.owner });
    attempted += c.claimed - c.deferred;
    if (c.claimed === 0) break;
  }
  return attempted;
}

registerJob({
  name: "webhooks.dispatch",
  everyMs: EVERY_MS,
  leaseMs: LEASE_MS,
  run: async (ctx) => {
    const d = await dispatchPendingEvents();
    if (d.events) logger.debug({ events: d.events, deliveries: d.deliveries }, "webhook events dispatched");
    // Also picks up pings and redeliveries, which are created due without a dispatch.
    await deliveryLoop(ctx, DISPATCH_BUDGET_MS);
  },
});

for (let lane = 1; lane <= DELIVERY_LANES; lane++) {
  registerJob({ name: `webhooks.deliver.${lane}`, everyMs: EVERY_MS, leaseMs: LEASE_MS, run: (ctx) => deliveryLoop(ctx, LANE_BUDGET_MS).then(() => undefined) });
}
