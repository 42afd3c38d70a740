// Health of an endpoint and state of a delivery, as small badges (pure: server or client).
const BASE = "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

const HEALTH = {
  active: { label: "Active", cls: "bg-emerald-50 text-emerald-800 ring-emerald-600/30", dot: "bg-emerald-500" },
  failing: { label: "Failing", cls: "bg-amber-50 text-amber-900 ring-amber-600/30", dot: "bg-amber-500" },
  disabled: { label: "Disabled", cls: "bg-slate-100 text-slate-700 ring-slate-500/30", dot: "bg-slate-400" },
} as const;

export function EndpointHealthBadge({ health }: { health: keyof typeof HEALTH }) {
  const m = HEALTH[health];
  return (
    <span className={`${BASE} ${m.cls}`} data-health={health}>
      <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${m.dot}`} />
      {m.label}
    </span>
  );
}

const DELIVERY = {
  succeeded: { label: "Delivered", cls: "bg-emerald-50 text-emerald-800 ring-emerald-600/30" },
  failed: { label: "Failed", cls: "bg-red-50 text-red-800 ring-red-600/30" },
  retrying: { label: "Retrying", cls: "bg-amber-50 text-amber-900 ring-amber-600/30" },
  queued: { label: "Queued", cls: "bg-slate-100 text-slate-700 ring-slate-500/30" },
} as const;

export const DELIVERY_STATUS_LABELS: Record<string, string> = { pending: "Pending (queued or retrying)", succeeded: "Delivered", failed: "Failed" };

/** pending is shown as Queued before the first attempt and Retrying after a failed one. */
export function DeliveryStatusBadge({ status, attempts }: { status: string; attempts: number }) {
  const key = status === "succeeded" || status === "failed" ? status : attempts > 0 ? "retrying" : "queued";
  const m = DELIVERY[key];
  return (
    <span className={`${BASE} ${m.cls}`} data-status={status}>
      {m.label}
    </span>
  );
}
