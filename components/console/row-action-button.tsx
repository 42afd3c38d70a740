"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { btn } from "./styles";
import { useAction } from "./use-action";

/** A small per-row button (e.g. Revoke) with its own pending state and message. */
export function RowActionButton<I>({ action, input, label, pendingLabel, confirmText }: { action: (input: I) => Promise<ActionResult>; input: I; label: string; pendingLabel: string; confirmText?: string }) {
  const { pending, result, run } = useAction(action);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        className={btn.dangerGhost}
        disabled={pending || result?.ok === true}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          run(input);
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      <span role="status" aria-live="polite" className={`text-xs ${result?.ok ? "text-emerald-800" : "text-red-800"}`}>
        {result ? (result.ok ? result.message : result.error) : null}
      </span>
    </span>
  );
}
