/** A company's webhook callback as the emulator keeps it (the signing key never leaves after create). */
export interface WebhookCallback {
  id: string;
  /** Callbacks belong to a company and to the integration (client) whose token created them. */
  companyId: string;
  clientId: string;
  url: string;
  subscribedEvents: string[];
  subscribeToAllEvents: boolean;
  signingKey: string;
  createdAt: number;
}

/** One thing that happened at a company. `body` is the exact bytes every (re)delivery sends. */
export interface WebhookEvent {
  id: string;
  companyId: string;
  eventType: string;
  firstTriggeredAt: number;
  lastTriggeredAt: number;
  successfullyDelivered: boolean;
  body: string;
}

/** One POST the emulator made (or was stopped from making by a fault), for tests to inspect. */
export interface DeliveryAttempt {
  id: string;
  event_id: string;
  callback_id: string;
  url: string;
  /** 1 = first try of this round; a round starts at emission or at a replay. */
  attempt: number;
  kind: "emit" | "retry" | "replay";
  sent_at: string;
  timestamp: string;
  signature: string;
  body: string;
  /** HTTP status, or null when no answer came (network error, timeout, dropped by a fault). */
  status: number | null;
  error: string | null;
  fault: string | null;
  duration_ms: number;
}

const DELIVERY_LOG_LIMIT = 5000;

export function callbackWants(cb: WebhookCallback, eventType: string): boolean {
  return cb.subscribeToAllEvents || cb.subscribedEvents.includes(eventType);
}

/** Webhook data of the emulated gateway; part of EmulatorState, so reset and persistence cover it. */
export class WebhookStore {
  callbacks = new Map<string, WebhookCallback>();
  events: WebhookEvent[] = [];
  deliveries: DeliveryAttempt[] = [];
  /** Bumped on reset, so retries scheduled before it give up instead of delivering stale events. */
  generation = 0;

  reset(): void {
    this.callbacks.clear();
    this.events = [];
    this.deliveries = [];
    this.generation++;
  }

  logDelivery(a: DeliveryAttempt): void {
    this.deliveries.push(a);
    if (this.deliveries.length > DELIVERY_LOG_LIMIT) this.deliveries.splice(0, this.deliveries.length - DELIVERY_LOG_LIMIT);
  }

  callbacksFor(companyId: string, clientId?: string): WebhookCallback[] {
    return [...this.callbacks.values()]
      .filter((cb) => cb.companyId === companyId && (clientId === undefined || cb.clientId === clientId))
      .sort((a, b) => a.createdAt - b.createdAt);
  }
}
