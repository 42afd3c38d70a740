// What relay calls from the console and the partner API can be told; messages are safe to show.
export type RemoteEventsErrorCode = "invalid_request" | "not_found" | "disconnected" | "not_subscribed" | "temporarily_unavailable" | "rate_limited";

export class RemoteEventsError extends Error {
  constructor(
    readonly code: RemoteEventsErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RemoteEventsError";
  }
}
