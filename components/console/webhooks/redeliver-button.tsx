"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { btn } from "../styles";
import { useAction } from "../use-action";

/** Sends one event to this endpoint again, with the same webhook-id so the receiver can dedupe. */
export function RedeliverButton({ action, deliveryId }: { action: (input: { deliveryId: string }) => Promise<ActionResult>; deliveryId: string }) {
  const { pending, result, run } = useAction(action);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" className={btn.small} disabled={pending} onClick={() => run({ deliveryId })}>
        {pending ? "Queueing…" : "Redeliver"}
      </button>
      <span role="status" aria-live="polite" className={`max-w-48 text-xs ${result?.ok ? "text-emerald-800" : "text-red-800"}`}>
        {result ? (result.ok ? result.message : result.error) : null}
      </span>
    </span>
  );
}
