import { opaqueToken } from "./ids";

export const FAULT_TARGETS = [
  "token", "authorize", "companies", "identity", "employments", "countries", "schema", "webhooks", "webhook_delivery", "*",
] as const;
export const FAULT_MODES = ["error", "latency", "timeout", "rate_limit", "malformed", "stall_body", "bad_signature", "stale_timestamp"] as const;
/** Modes that only make sense for outbound webhook deliveries. */
export const DELIVERY_ONLY_MODES: readonly FaultMode[] = ["bad_signature", "stale_timestamp"];
export const FAULT_GRANTS = ["authorization_code", "refresh_token", "client_credentials"] as const;

export type FaultTarget = (typeof FAULT_TARGETS)[number];
export type FaultMode = (typeof FAULT_MODES)[number];
export type FaultGrant = (typeof FAULT_GRANTS)[number];

export interface FaultInput {
  target: FaultTarget;
  mode: FaultMode;
  grant?: FaultGrant;
  status?: number;
  latency_ms?: number;
  reset_ms?: number;
  times?: number;
  malformed?: "html" | "truncated_json";
  body?: unknown;
}

export interface Fault extends Required<Pick<FaultInput, "target" | "mode" | "status" | "latency_ms" | "reset_ms" | "malformed">> {
  id: string;
  grant: FaultGrant | null;
  body: unknown;
  times: number | null;
  remaining: number | null;
  hits: number;
  created_at: string;
}

type Release = (reason: "cleared" | "closed") => void;

/**
 * Injected gateway failures. Faults match in creation order; `times` counts down per matching
 * request, and an exhausted fault disappears from the list.
 */
export class FaultStore {
  private faults: Fault[] = [];
  /** Requests parked by `timeout` (and sleeping `latency`), so clear/reset/close can let them go. */
  private waiters = new Map<Release, string>();

  add(input: FaultInput, nowIso: string): Fault {
    const fault: Fault = {
      id: `flt_${opaqueToken(8)}`,
      target: input.target,
      mode: input.mode,
      grant: input.grant ?? null,
      status: input.status ?? 503,
      latency_ms: input.latency_ms ?? 1000,
      reset_ms: input.reset_ms ?? 60_000,
      malformed: input.malformed ?? "html",
      body: input.body ?? null,
      times: input.times ?? null,
      remaining: input.times ?? null,
      hits: 0,
      created_at: nowIso,
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    this.releaseWhere((faultId) => faultId === id, "cleared");
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
    this.releaseWhere(() => true, "cleared");
  }

  /** Finds the fault for this request and consumes one of its `times`. */
  take(target: Exclude<FaultTarget, "*">, grant?: string): Fault | null {
    // "*" is a gateway outage; it does not stop Remote's outbound webhook deliveries.
    const fault = this.faults.find((f) => (f.target === target || (f.target === "*" && target !== "webhook_delivery")) &&
      (f.grant === null || f.grant === grant));
    if (!fault) return null;
    fault.hits++;
    if (fault.remaining !== null && --fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { ...fault };
  }

  /** Resolves after `ms`, when the client disconnects, or when the fault is cleared. */
  wait(faultId: string, ms: number | null, signal: AbortSignal): Promise<"elapsed" | "aborted" | "cleared" | "closed"> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (reason: "elapsed" | "aborted" | "cleared" | "closed") => {
        if (timer) clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        this.waiters.delete(release);
        resolve(reason);
      };
      const onAbort = () => done("aborted");
      const release: Release = (reason) => done(reason);
      if (signal.aborted) return resolve("aborted");
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.set(release, faultId);
      if (ms !== null) timer = setTimeout(() => done("elapsed"), ms);
    });
  }

  releaseAll(reason: "cleared" | "closed"): void {
    this.releaseWhere(() => true, reason);
  }

  private releaseWhere(match: (faultId: string) => boolean, reason: "cleared" | "closed"): void {
    for (const [release, faultId] of [...this.waiters]) if (match(faultId)) release(reason);
  }
}
