// A Remote event's way to the partner, and a connection's subscription at Remote, as badges (pure).
import type { DeliveryCounts, ForwardedState, SubscriptionView } from "@/lib/console/remote-events";

const BASE = "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
const GOOD = "bg-emerald-50 text-emerald-800 ring-emerald-600/30";
const WARN = "bg-amber-50 text-amber-900 ring-amber-600/30";
const BAD = "bg-red-50 text-red-800 ring-red-600/30";
const NEUTRAL = "bg-slate-100 text-slate-700 ring-slate-500/30";

const FORWARDED: Record<ForwardedState, { label: string; cls: string; hint: string }> = {
  delivered: { label: "Delivered", cls: GOOD, hint: "Every subscribed endpoint answered 2xx." },
  pending: { label: "Delivering", cls: WARN, hint: "At least one endpoint has not answered 2xx yet; it is retried." },
  failed: { label: "Failed", cls: BAD, hint: "At least one endpoint never answered 2xx; it can be redelivered from the Webhooks page." },
  no_endpoint: { label: "No endpoint subscribed", cls: NEUTRAL, hint: "No webhook endpoint listens to this event type. Add one under Webhooks." },
  queued: { label: "Queued", cls: NEUTRAL, hint: "Waiting to be handed to the webhook endpoints (seconds)." },
  gone: { label: "Outbox cleared", cls: NEUTRAL, hint: "Its outbox record has been cleared since." },
  not_queued: { label: "Not forwarded", cls: NEUTRAL, hint: "No outbox event was written for it." },
};

function countsText(d: DeliveryCounts): string {
  const parts = [d.succeeded && `${d.succeeded} delivered`, d.pending && `${d.pending} pending`, d.failed && `${d.failed} failed`].filter(Boolean);
  return parts.join(", ");
}

export function ForwardedBadge({ state, deliveries }: { state: ForwardedState; deliveries: DeliveryCounts }) {
  const m = FORWARDED[state];
  const counts = countsText(deliveries);
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <span className={`${BASE} ${m.cls}`} data-forwarded={state} title={m.hint}>
        {m.label}
      </span>
      {counts ? <span className="text-xs text-slate-600">{counts}</span> : null}
    </span>
  );
}

const SUBSCRIPTION: Record<SubscriptionView["state"], { label: string; cls: string }> = {
  active: { label: "Active", cls: GOOD },
  pending: { label: "Pending", cls: WARN },
  failed: { label: "Failed", cls: BAD },
  deleting: { label: "Being removed", cls: NEUTRAL },
  deleted: { label: "Removed", cls: NEUTRAL },
  off: { label: "Off", cls: NEUTRAL },
  none: { label: "Not subscribed", cls: NEUTRAL },
};

export function SubscriptionBadge({ state }: { state: SubscriptionView["state"] }) {
  const m = SUBSCRIPTION[state];
  return (
    <span className={`${BASE} ${m.cls}`} data-subscription-state={state}>
      {m.label}
    </span>
  );
}
