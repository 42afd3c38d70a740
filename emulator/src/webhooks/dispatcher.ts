import type { Clock } from "../clock";
import type { FaultStore } from "../faults";
import { opaqueToken } from "../ids";
import type { EmulatorState } from "../state";
import { signDelivery } from "./sign";
import { callbackWants, type WebhookCallback, type WebhookEvent } from "./store";

type Kind = "emit" | "replay";
const STALE_BY_MS = 10 * 60_000;

/**
 * Remote's outbound side: POSTs an event's stored body to every callback of its company that wants
 * it, signed per delivery, and retries a non-2xx or a network error on the runtime-configured
 * schedule. Each retry sends the same bytes with a fresh timestamp and signature (hence duplicates).
 */
export class WebhookDispatcher {
  private timers = new Set<NodeJS.Timeout>();
  private inflight = new Set<AbortController>();
  /** Latest round per event: only it decides `successfully_delivered`. */
  private rounds = new Map<string, { id: number; pending: Set<string> }>();
  private roundSeq = 0;

  constructor(private readonly deps: { state: EmulatorState; faults: FaultStore; clock: Clock }) {}

  /**
   * Starts a delivery round; returns the callbacks targeted and a promise settled once each has had
   * its first attempt (retries continue in the background).
   */
  send(event: WebhookEvent, kind: Kind): { callbacks: number; firstAttempts: Promise<void> } {
    const store = this.deps.state.webhooks;
    const targets = store.callbacksFor(event.companyId).filter((cb) => callbackWants(cb, event.eventType));
    if (targets.length === 0) return { callbacks: 0, firstAttempts: Promise.resolve() };
    const round = { id: ++this.roundSeq, pending: new Set(targets.map((t) => t.id)) };
    this.rounds.set(event.id, round);
    event.successfullyDelivered = false;
    const gen = store.generation;
    const firstAttempts = Promise.all(targets.map((cb) => this.attempt(event, cb.id, 1, kind, round.id, gen))).then(() => undefined);
    return { callbacks: targets.length, firstAttempts };
  }

  /** Cancels scheduled retries and in-flight requests (emulator close). */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const a of this.inflight) a.abort();
    this.inflight.clear();
  }

  private async attempt(event: WebhookEvent, callbackId: string, n: number, kind: Kind, roundId: number, gen: number): Promise<void> {
    const { state, faults, clock } = this.deps;
    const store = state.webhooks;
    const cb = store.callbacks.get(callbackId);
    // Reset or callback deleted since: Remote stops delivering to a removed callback.
    if (store.generation !== gen || !cb) return;
    const fault = faults.take("webhook_delivery");
    if (fault?.mode === "latency") await this.sleep(fault.latency_ms);
    if (store.generation !== gen) return;
    const started = Date.now();
    const ts = String(fault?.mode === "stale_timestamp" ? started - STALE_BY_MS : started);
    const signature = signDelivery(fault?.mode === "bad_signature" ? `${cb.signingKey}-corrupted` : cb.signingKey, event.body, ts);
    event.lastTriggeredAt = clock.now();
    let status: number | null = null;
    let error: string | null = null;
    if (fault && !["latency", "bad_signature", "stale_timestamp"].includes(fault.mode)) {
      error = `not sent (fault ${fault.mode})`;
    } else {
      ({ status, error } = await this.post(cb, event.body, ts, signature));
    }
    if (store.generation !== gen) return; // reset while in flight: the new slate does not hear of it
    store.logDelivery({
      id: `wdl_${opaqueToken(8)}`, event_id: event.id, callback_id: cb.id, url: cb.url, attempt: n,
      kind: n === 1 ? kind : "retry", sent_at: new Date(clock.now()).toISOString(), timestamp: ts, signature,
      body: event.body, status, error, fault: fault ? `${fault.mode}:${fault.id}` : null, duration_ms: Date.now() - started,
    });
    const ok = status !== null && status >= 200 && status < 300;
    const round = this.rounds.get(event.id);
    if (ok) {
      if (round?.id === roundId) {
        round.pending.delete(cb.id);
        if (round.pending.size === 0) event.successfullyDelivered = true;
      }
      return;
    }
    const delay = state.config.webhook_retry_schedule_ms[n - 1];
    if (delay === undefined) return; // Out of retries: the event stays undelivered (replay can fix it).
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(event, callbackId, n + 1, kind, roundId, gen);
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  private async post(cb: WebhookCallback, body: string, ts: string, signature: string): Promise<{ status: number | null; error: string | null }> {
    const abort = new AbortController();
    this.inflight.add(abort);
    try {
      const res = await fetch(cb.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-remote-signature": signature, "x-remote-timestamp": ts, "user-agent": "remote-emulator-webhooks" },
        body,
        redirect: "manual",
        signal: AbortSignal.any([abort.signal, AbortSignal.timeout(this.deps.state.config.webhook_delivery_timeout_ms)]),
      });
      await res.arrayBuffer().catch(() => undefined);
      return { status: res.status, error: null };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      return { status: null, error: e.name === "TimeoutError" ? "timeout" : (e.cause?.code ?? e.message) };
    } finally {
      this.inflight.delete(abort);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      t.unref();
      this.timers.add(t);
    });
  }
}
