// The audit vocabulary. Shared by writers and the console's filters.
export const AUDIT_EVENT_TYPES = [
  "connection.connected",
  "connection.reconnected",
  "connection.refreshed",
  "connection.refresh_failed",
  "connection.needs_reconnect",
  "connection.recovered",
  "connection.disconnected",
  "connection.imported",
  "connection.tested",
  "connection.consent_failed",
  "client_circuit.opened",
  "client_circuit.closed",
  "company.created",
  "company.creation_failed",
  "connect_link.created",
  "connect_link.used",
  "connect_link.revoked",
  "create_company_link.created",
  "create_company_link.used",
  "create_company_link.revoked",
  "api_key.created",
  "api_key.revoked",
  "staff.signed_in",
  "staff.sign_in_failed",
  "staff.signed_out",
  "keys.rotated",
  "webhook_endpoint.created",
  "webhook_endpoint.updated",
  "webhook_endpoint.secret_rotated",
  "webhook_endpoint.disabled",
  "webhook_endpoint.enabled",
  "webhook_endpoint.deleted",
  "webhook_endpoint.tested",
  "webhook_delivery.redelivered",
  "health_check.escalated",
  "settings.brand_updated",
  "magic_link.created",
  "browser_session.created",
  "remote_subscription.created",
  "remote_subscription.failed",
  "remote_subscription.deleted",
  "remote_subscription.resubscribed",
  "remote_events.replay_requested",
  "settings.remote_webhook_events_updated",
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export type Actor =
  | { type: "staff"; id: string; label: string }
  | { type: "api_key"; id: string; label: string }
  | { type: "company_admin"; id?: string; label?: string }
  | { type: "system"; label?: string };

export const SYSTEM: Actor = { type: "system", label: "Remote Connect" };
