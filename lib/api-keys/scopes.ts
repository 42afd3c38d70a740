// No server-only import: the console's key form and the CLI list the same scopes.

export const API_SCOPES = ["tokens:issue", "connections:read", "connections:write", "proxy", "webhooks:manage"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** One line per scope: what a key with it may do (console form, CLI usage). */
export const API_SCOPE_HELP: Record<ApiScope, string> = {
  "tokens:issue": "Get company access tokens, browser sessions and magic links.",
  "connections:read": "List and read connections and the Remote webhooks they received.",
  "connections:write": "Create connect and create-company links, disconnect companies.",
  proxy: "Call Remote's API through this service.",
  "webhooks:manage": "Manage webhook endpoints and replay Remote webhooks (every connection's).",
};
