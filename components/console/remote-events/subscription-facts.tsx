import type { SubscriptionView } from "@/lib/console/remote-events";
import { formatDateTime } from "@/lib/console/format";
import { SubscriptionBadge } from "./badges";

function eventsText(v: SubscriptionView["appliedEvents"]): string {
  if (v === null) return "nothing applied at Remote yet";
  if (v === "all") return "every event type";
  return v.length <= 3 ? v.join(", ") : `${v.length} event types`;
}

/** A connection's subscription at Remote: state, why it failed, what it is subscribed to. */
export function SubscriptionFacts({ sub, relayingOn }: { sub: SubscriptionView; relayingOn: boolean }) {
  const state = !relayingOn && (sub.state === "none" || sub.state === "deleted") ? "off" : sub.state;
  return (
    <div className="space-y-2 text-sm text-slate-700" data-testid="remote-subscription">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">Subscription</span> <SubscriptionBadge state={state} />
      </p>
      {state === "off" ? (
        <p className="text-slate-600">Relaying of Remote events is off for this deployment. An admin turns it on under Settings → Relayed Remote events.</p>
      ) : state === "none" ? (
        <p className="text-slate-600">No callback at Remote yet: it is created in the background once the company is connected, or with Re-subscribe.</p>
      ) : null}
      {state === "failed" && sub.lastError ? (
        <p className="rounded-md bg-red-50 px-2 py-1 text-red-800" data-testid="subscription-error">
          {sub.lastError} <span className="text-xs">({formatDateTime(sub.lastErrorAt)}{sub.nextAttemptAt ? `; next try ${formatDateTime(sub.nextAttemptAt)}` : ""})</span>
        </p>
      ) : null}
      {state !== "off" && state !== "none" ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs">
          <dt className="text-slate-600">Subscribed to</dt>
          <dd>{eventsText(sub.appliedEvents)}</dd>
          <dt className="text-slate-600">Active since</dt>
          <dd>{formatDateTime(sub.activatedAt)}</dd>
        </dl>
      ) : null}
    </div>
  );
}
