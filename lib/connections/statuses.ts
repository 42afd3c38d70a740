export const CONNECTION_STATUSES = ["connected", "needs_reconnect", "refresh_failing", "disconnected"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** The columns a successful token write resets: connected, no failure streak or run of refusals, no cool-down. */
export function healthyStatus(now: Date) {
  return {
    status: "connected",
    statusReason: null,
    consecutiveFailures: 0,
    lastRefreshAt: now,
    lastErrorCode: null,
    lastErrorMessage: null,
    lastErrorAt: null,
    retryNotBefore: null,
    refusedSince: null,
  } as const;
}
