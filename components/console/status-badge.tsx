import { LINK_STATE_META, STATUS_META, isConnectionStatus, type LinkState } from "@/lib/console/statuses";

const BASE = "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

export function StatusBadge({ status }: { status: string }) {
  if (!isConnectionStatus(status)) return <span className={`${BASE} bg-slate-100 text-slate-700 ring-slate-500/30`}>{status}</span>;
  const meta = STATUS_META[status];
  return (
    <span className={`${BASE} ${meta.badge}`} title={meta.hint} data-status={status}>
      <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${meta.dot}`} />
      {meta.label}
    </span>
  );
}

export function LinkStateBadge({ state }: { state: LinkState }) {
  const meta = LINK_STATE_META[state];
  return (
    <span className={`${BASE} ${meta.badge}`} data-state={state}>
      {meta.label}
    </span>
  );
}

export function RoleBadge({ role }: { role: string }) {
  const cls = role === "admin" ? "bg-brand-50 text-brand-700 ring-brand-600/30" : "bg-slate-100 text-slate-700 ring-slate-500/30";
  return <span className={`${BASE} ${cls}`}>{role}</span>;
}
