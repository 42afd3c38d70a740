// Human labels and tones for audit event types (pure; used by the audit log and timelines).
import { AUDIT_EVENT_TYPES, type AuditEventType } from "../audit/events";

type Tone = "good" | "bad" | "warn" | "neutral";

const LABELS: Record<AuditEventType, [string, Tone]> = {
  "connection.connected": ["Connected", "good"],
  "connection.reconnected": ["Reconnected", "good"],
  "connection.refreshed": ["Token refreshed", "neutral"],
  "connection.refresh_failed": ["Refresh failed", "warn"],
  "connection.needs_reconnect": ["Needs reconnect", "bad"],
  "connection.recovered": ["Recovered", "good"],
  "connection.disconnected": ["Disconnected", "bad"],
  "connection.imported": ["Imported", "good"],
  "connection.tested": ["Connection tested", "neutral"],
  "connection.consent_failed": ["Consent failed", "warn"],
  "client_circuit.opened": ["Client credentials refused", "bad"],
  "client_circuit.closed": ["Client credentials accepted again", "good"],
  "company.created": ["Company created", "good"],
  "company.creation_failed": ["Company creation failed", "warn"],
  "connect_link.created": ["Link created", "neutral"],
  "connect_link.used": ["Link used", "good"],
  "connect_link.revoked": ["Link revoked", "neutral"],
  "create_company_link.created": ["Create-company link created", "neutral"],
  "create_company_link.used": ["Create-company link used", "good"],
  "create_company_link.revoked": ["Create-company link revoked", "neutral"],
  "api_key.created": ["API key created", "neutral"],
  "api_key.revoked": ["API key revoked", "neutral"],
  "staff.signed_in": ["Staff signed in", "neutral"],
  "staff.sign_in_failed": ["Staff sign-in failed", "warn"],
  "staff.signed_out": ["Staff signed out", "neutral"],
  "keys.rotated": ["Encryption keys rotated", "neutral"],
  "webhook_endpoint.created": ["Webhook endpoint added", "neutral"],
  "webhook_endpoint.updated": ["Webhook endpoint changed", "neutral"],
  "webhook_endpoint.secret_rotated": ["Webhook secret rotated", "neutral"],
  "webhook_endpoint.disabled": ["Webhook endpoint disabled", "warn"],
  "webhook_endpoint.enabled": ["Webhook endpoint enabled", "good"],
  "webhook_endpoint.deleted": ["Webhook endpoint deleted", "neutral"],
  "webhook_endpoint.tested": ["Webhook test sent", "neutral"],
  "webhook_delivery.redelivered": ["Webhook redelivered", "neutral"],
  "health_check.escalated": ["Health check gave up: needs reconnect", "bad"],
  "settings.brand_updated": ["Branding changed", "neutral"],
  "magic_link.created": ["Magic link created", "neutral"],
  "browser_session.created": ["Browser session created", "neutral"],
  "remote_subscription.created": ["Remote webhooks subscribed", "good"],
  "remote_subscription.failed": ["Remote webhook subscription failed", "warn"],
  "remote_subscription.deleted": ["Remote webhooks unsubscribed", "neutral"],
  "remote_subscription.resubscribed": ["Remote webhooks re-subscribed", "neutral"],
  "remote_events.replay_requested": ["Remote events replay requested", "neutral"],
  "settings.remote_webhook_events_updated": ["Relayed Remote events changed", "neutral"],
};

const TONES: Record<Tone, string> = {
  good: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  bad: "bg-red-50 text-red-800 ring-red-600/30",
  warn: "bg-amber-50 text-amber-900 ring-amber-600/30",
  neutral: "bg-slate-100 text-slate-700 ring-slate-500/30",
};

export function auditLabel(type: string): { label: string; className: string } {
  const entry = (LABELS as Record<string, [string, Tone]>)[type];
  return entry ? { label: entry[0], className: TONES[entry[1]] } : { label: type, className: TONES.neutral };
}

export const AUDIT_TYPE_OPTIONS = AUDIT_EVENT_TYPES.map((t) => ({ value: t, label: LABELS[t][0] }));
