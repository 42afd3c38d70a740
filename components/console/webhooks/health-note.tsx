import { formatDateTime, formatRelative } from "@/lib/console/format";

type E = { health: "active" | "failing" | "disabled"; failingSince: Date | null; disabledAt: Date | null; disabledReason: string | null };

/** One line under the health badge: since when it fails, or why it is disabled. */
export function EndpointHealthNote({ e, now }: { e: E; now: Date }) {
  if (e.health === "failing" && e.failingSince)
    return <span className="block text-xs text-amber-900" >failing since {formatDateTime(e.failingSince)}</span>;
  if (e.health === "disabled")
    return (
      <span className="block text-xs text-slate-600" title={formatDateTime(e.disabledAt)}>
        {e.disabledReason ?? "disabled by staff"}, {formatRelative(e.disabledAt, now)}
      </span>
    );
  return null;
}
