// Connection statuses as the console shows them. Pure module (client components import it too).
import { CONNECTION_STATUSES, type ConnectionStatus } from "../connections/statuses";
import type { ConnectLinkState } from "../connect-links/state";

export { CONNECTION_STATUSES, type ConnectionStatus };

export function isConnectionStatus(v: unknown): v is ConnectionStatus {
  return typeof v === "string" && (CONNECTION_STATUSES as readonly string[]).includes(v);
}

export const STATUS_META: Record<ConnectionStatus, { label: string; hint: string; badge: string; dot: string }> = {
  connected: {
    label: "Connected",
    hint: "Tokens are healthy.",
    badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
    dot: "bg-emerald-500",
  },
  needs_reconnect: {
    label: "Needs reconnect",
    hint: "Consent was revoked or expired: send the company a reconnect link.",
    badge: "bg-red-50 text-red-800 ring-red-600/30",
    dot: "bg-red-500",
  },
  refresh_failing: {
    label: "Refresh failing",
    hint: "Remote is failing temporarily; refreshes are being retried.",
    badge: "bg-amber-50 text-amber-900 ring-amber-600/30",
    dot: "bg-amber-500",
  },
  disconnected: {
    label: "Disconnected",
    hint: "Tokens were erased. A connect link reconnects the company.",
    badge: "bg-slate-100 text-slate-700 ring-slate-500/30",
    dot: "bg-slate-400",
  },
};

export type LinkState = ConnectLinkState;
export const LINK_STATES: readonly LinkState[] = ["pending", "used", "expired", "revoked"];

export const LINK_STATE_META: Record<LinkState, { label: string; badge: string }> = {
  pending: { label: "Pending", badge: "bg-sky-50 text-sky-800 ring-sky-600/30" },
  used: { label: "Used", badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/30" },
  expired: { label: "Expired", badge: "bg-slate-100 text-slate-700 ring-slate-500/30" },
  revoked: { label: "Revoked", badge: "bg-red-50 text-red-800 ring-red-600/30" },
};
