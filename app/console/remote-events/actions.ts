"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { findConnection } from "@/lib/connections/queries";
import { formatDateTime } from "@/lib/console/format";
import { relayedEventsInput, replayInput } from "@/lib/console/remote-events-input";
import { getRelayedEvents, RelayedEventsError, RemoteEventsError, requestReplay, requestResubscribe, setRelayedEvents } from "@/lib/remote-events/contract";

const GONE = "This connection no longer exists.";
const OFF = "Relaying of Remote events is off. An admin turns it on under Settings → Relayed Remote events.";

// The relay's own refusals (not subscribed, Remote unreachable, rate limit, unknown type) are sentences for staff.
const relayErrorMessage = (e: unknown) => (e instanceof RemoteEventsError || e instanceof RelayedEventsError ? e.message : undefined);

function refreshConnection(connectionId: string) {
  revalidatePath(`/console/connections/${connectionId}`);
  revalidatePath("/console/remote-events");
}

async function relayingOn(): Promise<boolean> {
  const v = await getRelayedEvents();
  return v === "all" || v.length > 0;
}

/** Re-subscribe: queues (re)creation of the company's callback at Remote; the job does the work. */
export const resubscribeAction = adminAction(
  z.object({ connectionId: recordId }),
  async ({ connectionId }, { actor }) => {
    const c = await findConnection(connectionId);
    if (!c) return failure(GONE);
    if (c.status === "disconnected") return failure(`${c.companyName} is disconnected: reconnect it first; it is subscribed again on reconnect.`);
    if (!(await relayingOn())) return failure(OFF);
    await requestResubscribe(connectionId, actor);
    refreshConnection(connectionId);
    return { ok: true, message: `Re-subscription of ${c.companyName} queued: the state below turns active within a minute if Remote accepts it.` };
  },
  { what: "re-subscribe", invalid: "Unknown connection.", expected: relayErrorMessage },
);

/** Replay: asks Remote to send a window of the company's events again; repeats are dropped on receipt. */
export const replayAction = adminAction(
  replayInput,
  async ({ connectionId, after, before, eventType }, { actor }) => {
    const c = await findConnection(connectionId);
    if (!c) return failure(GONE);
    if (c.status === "disconnected") return failure(`${c.companyName} is disconnected: Remote cannot be asked for its events without its token.`);
    if (!(await relayingOn())) return failure(OFF);
    await requestReplay(connectionId, { after, before, ...(eventType ? { eventType } : {}) }, actor);
    refreshConnection(connectionId);
    const what = eventType ? `${eventType} events` : "events";
    return { ok: true, message: `Replay asked of Remote: ${what} from ${formatDateTime(after)} to ${formatDateTime(before)}. Ones not seen before appear below as they arrive.` };
  },
  { what: "request the replay", expected: relayErrorMessage },
);

/** Settings: which Remote event types are relayed (off, all, or a list); existing subscriptions follow in the background. */
export const saveRelayedEventsAction = adminAction(
  relayedEventsInput,
  async (value, { actor }) => {
    await setRelayedEvents(value, actor);
    revalidatePath("/console/settings");
    revalidatePath("/console/remote-events");
    const message =
      value === "all"
        ? "Saved: every Remote event type is relayed."
        : value.length
          ? `Saved: ${value.length} Remote event type${value.length === 1 ? " is" : "s are"} relayed.`
          : "Saved: relaying is off; callbacks at Remote are removed in the background.";
    return { ok: true, message: `${message} Subscriptions are updated in the background (progress below).` };
  },
  { what: "save the relayed events", expected: relayErrorMessage },
);
