import type { Clock } from "../clock";
import type { FaultStore } from "../faults";
import type { EmulatorState } from "../state";
import type { TokenService, VerifiedToken } from "../tokens";
import type { WebhookDispatcher } from "../webhooks/dispatcher";

export interface Deps {
  state: EmulatorState;
  tokens: TokenService;
  faults: FaultStore;
  clock: Clock;
  webhooks: WebhookDispatcher;
  publicUrl(): string;
}

/** Facts a handler learns that the request log should record (never secrets). */
export interface LogFields {
  grant_type?: string;
  client_id?: string;
  body?: unknown;
  fault?: string;
}

export type AppEnv = { Variables: { auth: VerifiedToken; log: LogFields } };
