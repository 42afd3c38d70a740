"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import { Feedback } from "../feedback";
import { btn } from "../styles";
import { useAction } from "../use-action";
import { SecretReveal } from "./secret-reveal";
import { ConfirmDialog } from "../confirm-dialog";

type Ref = { endpointId: string };
type Props = {
  endpointId: string;
  url: string;
  disabled: boolean;
  sendTest: (input: Ref) => Promise<ActionResult<{ eventId: string }>>;
  rotate: (input: Ref) => Promise<ActionResult<{ secret: string; previousSecretExpiresAt: string }>>;
  setDisabled: (input: Ref & { disabled: boolean }) => Promise<ActionResult>;
  remove: (input: Ref) => Promise<ActionResult>;
};

/** Admin actions on one endpoint, each with its own pending state and message. */
export function WebhookEndpointActions({ endpointId, url, disabled, sendTest, rotate, setDisabled, remove }: Props) {
  const router = useRouter();
  const t = useAction(sendTest);
  const r = useAction(rotate);
  const s = useAction(setDisabled);
  const d = useAction(remove);
  const arg = { endpointId };
  useEffect(() => {
    if (d.result?.ok) router.push("/console/webhooks");
  }, [d.result, router]);
  return (
    <div className="space-y-4" data-testid="endpoint-actions">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={btn.primary} onClick={() => t.run(arg)} disabled={t.pending || disabled}>
          {t.pending ? "Sending…" : "Send test event"}
        </button>
        <ConfirmDialog tone="neutral" trigger={r.pending ? "Rotating…" : "Rotate secret"} title="Rotate the signing secret?" confirm="Rotate secret" onConfirm={() => r.run(arg)} disabled={r.pending}>
          <p>A new secret is created and shown once.</p>
          <p>For the next 24 hours every delivery is signed with both the new and the old secret, so your receiver keeps verifying while you switch it over. After that, only the new secret signs.</p>
        </ConfirmDialog>
        <button type="button" className={btn.secondary} onClick={() => s.run({ ...arg, disabled: !disabled })} disabled={s.pending}>
          {s.pending ? (disabled ? "Enabling…" : "Disabling…") : disabled ? "Enable" : "Disable"}
        </button>
        <ConfirmDialog trigger={d.pending ? "Deleting…" : "Delete"} title="Delete this endpoint?" confirm="Delete endpoint" onConfirm={() => d.run(arg)} disabled={d.pending || d.result?.ok === true}>
          <p className="break-all"><code>{url}</code> will receive nothing more.</p>
          <p>Its delivery log is deleted with it. Create a new endpoint (with a new secret) to receive events again.</p>
        </ConfirmDialog>
      </div>
      {disabled ? <p className="text-sm text-slate-600">A disabled endpoint receives nothing, test events included; enable it to resume.</p> : null}
      <div className="space-y-2">
        <Feedback result={t.result} pending={t.pending} pendingText="Queueing a ping event…" />
        <Feedback result={s.result} pending={s.pending} pendingText="Saving…" />
        <Feedback result={d.result} pending={d.pending} pendingText="Deleting…" />
        <Feedback result={r.result} pending={r.pending} pendingText="Creating a new secret…" />
        {r.result?.ok && r.result.data ? <SecretReveal secret={r.result.data.secret} note={`The old secret also signs until ${r.result.data.previousSecretExpiresAt}.`} /> : null}
      </div>
    </div>
  );
}
