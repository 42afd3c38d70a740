export const CONNECTION_STATUSES = ["connected", "needs_reconnect", "refresh_failing", "disconnected"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const STATUS_LABELS: Record<ConnectionStatus, string> = {
  connected: "Connected",
  needs_reconnect: "Needs reconnect",
  refresh_failing: "Refresh failing",
  disconnected: "Disconnected",
};
