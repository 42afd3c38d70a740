import Link from "next/link";
import { Card } from "@/components/console/page-header";
import { RemoteEventsTable } from "@/components/console/remote-events/events-table";
import { RemoteEventsActions } from "@/components/console/remote-events/subscription-actions";
import { SubscriptionFacts } from "@/components/console/remote-events/subscription-facts";
import { link } from "@/components/console/styles";
import { connectionSubscription, listRemoteEvents } from "@/lib/console/remote-events";
import { getRelayedEvents } from "@/lib/remote-events/contract";
import { REMOTE_WEBHOOK_EVENT_TYPES } from "@/lib/remote-events/event-types";
import { replayAction, resubscribeAction } from "../../remote-events/actions";

const RECENT = 10;
const localUtc = (d: Date) => d.toISOString().slice(0, 16);

/** A connection's subscription at Remote, its admin controls, and its latest Remote events. */
export async function ConnectionRemoteEvents({ connectionId, isAdmin, disconnected }: { connectionId: string; isAdmin: boolean; disconnected: boolean }) {
  const [sub, relayed, recent] = await Promise.all([connectionSubscription(connectionId), getRelayedEvents(), listRemoteEvents({ connectionId, pageSize: RECENT })]);
  const relayingOn = relayed === "all" || relayed.length > 0;
  const now = new Date();
  return (
    <Card
      title="Remote events"
      actions={recent.total > RECENT ? <Link href={`/console/remote-events?connectionId=${connectionId}`} className={`${link} text-xs`}>All {recent.total.toLocaleString("en-US")}</Link> : undefined}
    >
      <div className="space-y-4">
        <SubscriptionFacts sub={sub} relayingOn={relayingOn} />
        {isAdmin && relayingOn && !disconnected ? (
          <RemoteEventsActions
            connectionId={connectionId}
            eventTypes={REMOTE_WEBHOOK_EVENT_TYPES}
            resubscribe={resubscribeAction}
            replay={replayAction}
            defaultAfter={localUtc(new Date(now.getTime() - 86_400_000))}
            defaultBefore={localUtc(now)}
          />
        ) : null}
        {recent.total ? (
          <RemoteEventsTable rows={recent.rows} showCompany={false} />
        ) : (
          <p className="text-sm text-slate-600" data-testid="no-remote-events">No Remote event received for this company yet.</p>
        )}
      </div>
    </Card>
  );
}
