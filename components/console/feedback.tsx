"use client";
import type { ActionResult } from "@/lib/auth/action-result";

/** A polite live region that announces an action's outcome. Always rendered so it is announced. */
export function Feedback({ result, pending, pendingText, id }: { result: ActionResult<unknown> | null; pending?: boolean; pendingText?: string; id?: string }) {
  const cls = pending
    ? "text-slate-600"
    : result?.ok
      ? "rounded-md bg-emerald-50 px-2 py-1 text-emerald-800"
      : result
        ? "rounded-md bg-red-50 px-2 py-1 text-red-800"
        : "";
  return (
    <p id={id} role="status" aria-live="polite" className={`text-sm ${cls}`} data-testid="feedback" data-ok={result && !pending ? String(result.ok) : undefined}>
      {pending ? (pendingText ?? "Working…") : result ? (result.ok ? result.message : result.error) : null}
    </p>
  );
}
