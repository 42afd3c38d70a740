"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { ConfirmDialog } from "./confirm-dialog";
import { CopyField } from "./copy-field";
import { Feedback } from "./feedback";
import { btn } from "./styles";
import { useAction } from "./use-action";

type Act<T = undefined> = (input: { connectionId: string }) => Promise<ActionResult<T>>;
type Props = {
  connectionId: string;
  companyName: string;
  status: string;
  refresh: Act;
  test: Act;
  reconnectLink: Act<{ url: string; expiresAt: string }>;
  disconnect: Act;
};

/** Admin actions on one connection, each with its own pending state and message. */
export function ConnectionActions({ connectionId, companyName, status, refresh, test, reconnectLink, disconnect }: Props) {
  const r = useAction(refresh);
  const t = useAction(test);
  const l = useAction(reconnectLink);
  const d = useAction(disconnect);
  const live = status === "connected" || status === "refresh_failing";
  const arg = { connectionId };
  return (
    <div className="space-y-4" data-testid="connection-actions">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={btn.primary} onClick={() => r.run(arg)} disabled={r.pending || !live}>
          {r.pending ? "Refreshing…" : "Refresh now"}
        </button>
        <button type="button" className={btn.secondary} onClick={() => t.run(arg)} disabled={t.pending || !live}>
          {t.pending ? "Testing…" : "Test connection"}
        </button>
        <button type="button" className={btn.secondary} onClick={() => l.run(arg)} disabled={l.pending}>
          {l.pending ? "Creating link…" : "Copy reconnect link"}
        </button>
        <ConfirmDialog
          trigger={d.pending ? "Disconnecting…" : "Disconnect"}
          title={`Disconnect ${companyName}?`}
          confirm="Disconnect and erase tokens"
          onConfirm={() => d.run(arg)}
          disabled={d.pending || status === "disconnected"}
        >
          <p>The stored refresh and access tokens are erased at once; nothing can get a token for this company any more.</p>
          <p className="mt-2">Consent on Remote stays until the company withdraws it there. To connect again, send a reconnect link.</p>
        </ConfirmDialog>
      </div>
      {!live ? <p className="text-sm text-slate-600">Refresh and test need a live connection: send a reconnect link first.</p> : null}
      <div className="space-y-2">
        <Feedback result={r.result} pending={r.pending} pendingText="Refreshing the token with Remote…" />
        <Feedback result={t.result} pending={t.pending} pendingText="Asking Remote who this token belongs to…" />
        <Feedback result={d.result} pending={d.pending} pendingText="Disconnecting…" />
        <Feedback result={l.result} pending={l.pending} pendingText="Creating a reconnect link…" />
        {l.result?.ok && l.result.data ? <CopyField id="reconnect-link" label="Reconnect link (single use)" value={l.result.data.url} /> : null}
      </div>
    </div>
  );
}
