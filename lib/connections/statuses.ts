export const CONNECTION_STATUSES = ["connected", "needs_reconnect", "refresh_failing", "disconnected"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];
