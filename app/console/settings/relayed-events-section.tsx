import { Card } from "@/components/console/page-header";
import { RelayedEventsForm } from "@/components/console/remote-events/relayed-events-form";
import { SyncProgress } from "@/components/console/remote-events/sync-progress";
import { currentStaff } from "@/lib/auth/guards";
import { roleAllows } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/console/format";
import { relayedEventsSettings } from "@/lib/console/remote-events";
import { REMOTE_WEBHOOK_EVENT_TYPES } from "@/lib/remote-events/event-types";
import { saveRelayedEventsAction } from "../remote-events/actions";

function describe(v: "all" | string[]): string {
  return v === "all" ? "every event type" : v.length ? `${v.length} event type${v.length === 1 ? "" : "s"}` : "off";
}

/** Which of Remote's company events are relayed to the partner's webhook endpoints. */
export async function RelayedEventsSettings() {
  const [s, staff] = await Promise.all([relayedEventsSettings(), currentStaff()]);
  const canEdit = staff ? roleAllows(staff.role, "admin") : false;
  return (
    <Card title="Relayed Remote events" className="lg:col-span-2">
      <div className="space-y-4">
        <p className="text-sm text-slate-700" data-testid="relayed-events-source">
          Now relaying <strong className="font-medium text-slate-900">{describe(s.value)}</strong>
          {s.value !== "all" && s.value.length > 0 && s.value.length <= 5 ? ` (${s.value.join(", ")})` : ""}.{" "}
          {s.source === "settings"
            ? `Saved in Settings${s.savedBy ? ` by ${s.savedBy}` : ""}${s.savedAt ? ` on ${formatDateTime(s.savedAt)}` : ""}; it overrides REMOTE_WEBHOOK_EVENTS (${describe(s.envValue)}).`
            : "From the environment default, REMOTE_WEBHOOK_EVENTS."}
        </p>
        <p className="text-xs text-slate-600">
          Each connected company gets one callback at Remote; its events reach your webhook endpoints as <code>remote.&lt;event_type&gt;</code>.
          A change here updates every subscription in the background.
        </p>
        <SyncProgress p={s.progress} />
        {canEdit ? (
          <RelayedEventsForm eventTypes={REMOTE_WEBHOOK_EVENT_TYPES} value={s.value} save={saveRelayedEventsAction} />
        ) : (
          <p className="text-sm text-slate-600">Only admins can change which events are relayed.</p>
        )}
      </div>
    </Card>
  );
}
