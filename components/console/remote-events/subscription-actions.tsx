"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { Feedback } from "../feedback";
import { btn, input, label } from "../styles";
import { useAction } from "../use-action";

export type ReplayInput = { connectionId: string; after: string; before: string; eventType?: string };
type Props = {
  connectionId: string;
  eventTypes: readonly string[];
  resubscribe: (input: { connectionId: string }) => Promise<ActionResult>;
  replay: (input: ReplayInput) => Promise<ActionResult>;
  /** Default window, as datetime-local values in UTC (computed by the server so hydration agrees). */
  defaultAfter: string;
  defaultBefore: string;
};

/** Admin controls of a connection's Remote events: re-subscribe, and ask Remote to replay a window. */
export function RemoteEventsActions({ connectionId, eventTypes, resubscribe, replay, defaultAfter, defaultBefore }: Props) {
  const sub = useAction(resubscribe);
  const rep = useAction(replay);
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <button type="button" className={btn.secondary} disabled={sub.pending} onClick={() => sub.run({ connectionId })}>
          {sub.pending ? "Queueing…" : "Re-subscribe"}
        </button>
        <p className="text-xs text-slate-600">Creates the callback at Remote again (or repairs it) with the current event set.</p>
        <Feedback result={sub.result} pending={sub.pending} pendingText="Queueing the re-subscription…" />
      </div>
      <form
        className="space-y-3"
        aria-labelledby="replay-title"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          rep.run({ connectionId, after: String(f.get("after") ?? ""), before: String(f.get("before") ?? ""), eventType: String(f.get("eventType") ?? "") || undefined });
        }}
      >
        <h3 id="replay-title" className="text-sm font-semibold text-slate-900">Replay from Remote</h3>
        <p className="text-xs text-slate-600">Remote sends that window again; events already received are dropped, so a generous window is safe. Times are UTC.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="replay-after" className={label}>From (UTC)</label>
            <input id="replay-after" name="after" type="datetime-local" required defaultValue={defaultAfter} className={`${input} mt-1`} />
          </div>
          <div>
            <label htmlFor="replay-before" className={label}>To (UTC)</label>
            <input id="replay-before" name="before" type="datetime-local" required defaultValue={defaultBefore} className={`${input} mt-1`} />
          </div>
        </div>
        <div>
          <label htmlFor="replay-type" className={label}>Event type <span className="font-normal text-slate-600">(optional)</span></label>
          <select id="replay-type" name="eventType" defaultValue="" className={`${input} mt-1`}>
            <option value="">Every type</option>
            {eventTypes.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={btn.secondary} disabled={rep.pending}>{rep.pending ? "Asking Remote…" : "Replay"}</button>
        <Feedback result={rep.result} pending={rep.pending} pendingText="Asking Remote to replay…" />
      </form>
    </div>
  );
}
