// The public face of a connection: every column except the encrypted tokens and lease internals.
// Anything sent to a browser or the partner API is built from this select.
import type { Prisma } from "../db/client";
import type { ConnectionStatus } from "./statuses";

export const connectionViewSelect = {
  id: true,
  environment: true,
  remoteCompanyId: true,
  companyName: true,
  remoteUserId: true,
  externalId: true,
  status: true,
  statusReason: true,
  source: true,
  scope: true,
  accessTokenExpiresAt: true,
  consecutiveFailures: true,
  lastRefreshAt: true,
  lastErrorCode: true,
  lastErrorMessage: true,
  lastErrorAt: true,
  connectedAt: true,
  connectedBy: true,
  disconnectedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ConnectionSelect;

/** Derived from the select, so a column added there is typed here too. */
export type ConnectionView = Omit<Prisma.ConnectionGetPayload<{ select: typeof connectionViewSelect }>, "status"> & { status: ConnectionStatus };

/** JSON for the partner API (snake_case, ISO dates, never a token). */
export function connectionJson(c: ConnectionView) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: c.id,
    environment: c.environment,
    remote_company_id: c.remoteCompanyId,
    company_name: c.companyName,
    remote_user_id: c.remoteUserId,
    external_id: c.externalId,
    status: c.status,
    /** Why it is in that status when that matters (e.g. refresh_failing: invalid_scope); null otherwise. */
    status_reason: c.statusReason,
    source: c.source,
    connected_at: iso(c.connectedAt),
    connected_by: c.connectedBy,
    last_refresh_at: iso(c.lastRefreshAt),
    last_error: c.lastErrorCode ? { code: c.lastErrorCode, message: c.lastErrorMessage, at: iso(c.lastErrorAt) } : null,
    disconnected_at: iso(c.disconnectedAt),
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}
