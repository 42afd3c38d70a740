import Link from "next/link";
import type { StatusCounts } from "@/lib/console/connections";
import { CONNECTION_STATUSES, STATUS_META, type ConnectionStatus } from "@/lib/console/statuses";

/** Counts per status; each card filters the table. */
export function StatusSummary({ counts, active }: { counts: StatusCounts; active?: ConnectionStatus }) {
  const cards = [
    { key: undefined, label: "All connections", count: counts.total, dot: "bg-brand-500" },
    ...CONNECTION_STATUSES.map((s) => ({ key: s, label: STATUS_META[s].label, count: counts[s], dot: STATUS_META[s].dot })),
  ];
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Connections by status">
      {cards.map((c) => {
        const current = c.key === active;
        const attention = (c.key === "needs_reconnect" || c.key === "refresh_failing") && c.count > 0;
        return (
          <li key={c.label}>
            <Link
              href={c.key ? `/console?status=${c.key}` : "/console"}
              aria-current={current ? "true" : undefined}
              data-testid={`count-${c.key ?? "all"}`}
              className={`block rounded-xl border bg-white p-3 shadow-sm hover:border-brand-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 ${
                current ? "border-brand-600 ring-1 ring-brand-600" : attention ? "border-red-300" : "border-slate-200"
              }`}
            >
              <span className="flex items-center gap-2 text-xs font-medium text-slate-600">
                <span aria-hidden className={`h-2 w-2 rounded-full ${c.dot}`} />
                {c.label}
              </span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900">{c.count.toLocaleString("en-US")}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
