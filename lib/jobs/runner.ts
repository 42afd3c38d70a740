import "server-only";
import { logger } from "../logger";
import { releaseClaims } from "./claim";
import { ensureJobRow, finishRun, releaseLeases, renewLease, takeLease } from "./lease";
import { processOwner } from "./owner";
import { errorText, jittered, LEASE_MS, renewEveryMs, STOP_GRACE_MS, TICK_MS, validateJob } from "./schedule";

export type JobContext = {
  /** Aborted when the lease was lost or the process stops after its grace period: stop early. */
  signal: AbortSignal;
  owner: string;
};

export type JobDefinition = {
  name: string;
  /** Time from the end of one run to the start of the next, across all processes. */
  everyMs: number;
  /** How long a silent holder keeps the job; renewed while a run goes on (default 60 s). */
  leaseMs?: number;
  run: (ctx: JobContext) => Promise<void>;
};

type State = {
  jobs: Map<string, JobDefinition>;
  ensured: Set<string>;
  running: Map<string, { done: Promise<void>; abort: AbortController }>;
  started: boolean;
  tickMs: number;
  timer?: NodeJS.Timeout;
  ticking?: Promise<void>;
  stopping?: Promise<void>;
  signalsHooked?: boolean;
};

// On globalThis: Next.js may load this module in more than one bundle of the same process, and a
// job registered from one must be seen by the runner started from another.
const g = globalThis as unknown as { remoteConnectJobs?: State };
const state: State = (g.remoteConnectJobs ??= { jobs: new Map(), ensured: new Set(), running: new Map(), started: false, tickMs: TICK_MS });

/** Registers a periodic job in this process; each process that registers it may be the one to run it. */
export function registerJob(job: JobDefinition): void {
  validateJob(job);
  state.jobs.set(job.name, job);
}

export function registeredJobs(): string[] {
  return [...state.jobs.keys()];
}

function schedule() {
  state.timer = setTimeout(() => {
    state.ticking = tick().finally(() => {
      state.ticking = undefined;
      if (state.started) schedule();
    });
  }, jittered(state.tickMs));
  state.timer.unref();
}

async function tick() {
  // Nothing registered: no query at all, the runner costs one timer.
  const due = [...state.jobs.values()].filter((j) => !state.running.has(j.name));
  await Promise.all(
    due.map((job) =>
      tryStart(job).catch((e) => logger.warn({ job: job.name, err: errorText(e) }, "job runner could not check a job")),
    ),
  );
}

async function tryStart(job: JobDefinition) {
  const owner = processOwner();
  const leaseMs = job.leaseMs ?? LEASE_MS;
  if (!state.ensured.has(job.name)) {
    await ensureJobRow(job.name);
    state.ensured.add(job.name);
  }
  if (!state.started || !(await takeLease(job.name, owner, leaseMs))) return;
  const abort = new AbortController();
  const done = runOnce(job, owner, leaseMs, abort).finally(() => state.running.delete(job.name));
  state.running.set(job.name, { done, abort });
}

async function runOnce(job: JobDefinition, owner: string, leaseMs: number, abort: AbortController) {
  const renew = setInterval(() => {
    renewLease(job.name, owner, leaseMs)
      .then((held) => {
        if (held) return;
        logger.warn({ job: job.name }, "background job lost its lease; stopping this run");
        abort.abort();
      })
      .catch((e) => logger.warn({ job: job.name, err: errorText(e) }, "background job lease renewal failed"));
  }, renewEveryMs(leaseMs));
  renew.unref();
  let error: string | null = null;
  const started = Date.now();
  try {
    await job.run({ signal: abort.signal, owner });
  } catch (e) {
    error = errorText(e);
    logger.error({ job: job.name, err: error }, "background job failed");
  } finally {
    clearInterval(renew);
  }
  await finishRun(job.name, owner, job.everyMs, error).catch((e) =>
    logger.warn({ job: job.name, err: errorText(e) }, "background job could not record its run"),
  );
  logger.debug({ job: job.name, ms: Date.now() - started, ok: error === null }, "background job ran");
}

export type StartOptions = {
  /** Stop gracefully on SIGTERM/SIGINT; `exit` also ends the process afterwards (dedicated worker). */
  signals?: "stop" | "stop-and-exit";
  tickMs?: number;
};

export function startJobRunner(options: StartOptions = {}): void {
  if (state.started) return;
  state.started = true;
  state.stopping = undefined;
  state.tickMs = options.tickMs ?? TICK_MS;
  schedule();
  logger.info({ owner: processOwner(), jobs: registeredJobs() }, "job runner started");
  if (options.signals && !state.signalsHooked) {
    state.signalsHooked = true;
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, "job runner stopping");
      void stopJobRunner().finally(() => {
        if (options.signals === "stop-and-exit") process.exit(0);
      });
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
}

export function isJobRunnerStarted(): boolean {
  return state.started;
}

/**
 * Takes no new work, lets in-flight runs finish for up to 10 s, then frees the leases and row
 * claims this process holds so other processes take over without waiting for them to expire.
 */
export function stopJobRunner(graceMs = STOP_GRACE_MS): Promise<void> {
  if (state.stopping) return state.stopping;
  if (!state.started) return Promise.resolve();
  state.started = false;
  clearTimeout(state.timer);
  state.stopping = (async () => {
    await state.ticking;
    const runs = [...state.running.values()];
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((r) => (timer = setTimeout(() => r("late"), graceMs)));
    const outcome = await Promise.race([Promise.allSettled(runs.map((r) => r.done)), late]);
    clearTimeout(timer);
    if (outcome === "late") {
      logger.warn({ jobs: [...state.running.keys()] }, "background jobs still running after the grace period; abandoning them");
      for (const r of state.running.values()) r.abort.abort();
    }
    const owner = processOwner();
    if (state.ensured.size) await releaseLeases(owner).catch((e) => logger.warn({ err: errorText(e) }, "could not release job leases"));
    await releaseClaims(owner).catch((e) => logger.warn({ err: errorText(e) }, "could not release claimed rows"));
  })();
  return state.stopping;
}
