// No server-only import: the console's key form and the CLI list the same scopes.

export const API_SCOPES = ["tokens:issue", "connections:read", "connections:write", "proxy", "webhooks:manage"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
