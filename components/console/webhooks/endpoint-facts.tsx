import type { ReactNode } from "react";
import type { ConsoleWebhookEndpoint } from "@/lib/console/webhooks";
import { formatDateTime, formatRelative } from "@/lib/console/format";
import { EndpointHealthBadge } from "./badges";
import { EventList } from "./endpoints-table";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[8rem_1fr] sm:gap-3">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="text-sm text-slate-900">{children ?? "—"}</dd>
    </div>
  );
}

export function EndpointFacts({ e, now }: { e: ConsoleWebhookEndpoint; now: Date }) {
  const overlap = e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt : null;
  return (
    <dl className="divide-y divide-slate-100" data-testid="endpoint-facts">
      <Fact term="Health">
        <EndpointHealthBadge health={e.health} />
        {e.health === "failing" && e.failingSince ? <span className="block text-xs text-amber-900">failing since {formatDateTime(e.failingSince)}</span> : null}
        {e.health === "disabled" ? (
          <span className="block text-xs text-slate-700" data-testid="disabled-reason">
            {e.disabledReason ?? "Disabled"} ({formatDateTime(e.disabledAt)})
          </span>
        ) : null}
      </Fact>
      <Fact term="Last success">{e.lastSuccessAt ? `${formatDateTime(e.lastSuccessAt)} (${formatRelative(e.lastSuccessAt, now)})` : "never"}</Fact>
      <Fact term="Open">
        {e.pending} pending{e.failed ? `, ${e.failed} failed` : ""}
      </Fact>
      <Fact term="Events"><EventList events={e.events} /></Fact>
      {e.description ? <Fact term="Description">{e.description}</Fact> : null}
      <Fact term="Created">{formatDateTime(e.createdAt)}{e.createdBy ? ` by ${e.createdBy}` : ""}</Fact>
      {overlap ? <Fact term="Old secret">also signs until {formatDateTime(overlap)}</Fact> : null}
    </dl>
  );
}
