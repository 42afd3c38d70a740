"use client";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action-result";

/** Runs a server action with a pending state and keeps its result (or a network error) to show. */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const run = useCallback(
    (...args: A) =>
      startTransition(async () => {
        try {
          setResult(await action(...args));
        } catch {
          setResult({ ok: false, error: "The request did not complete. Check your connection and try again." });
        }
      }),
    [action],
  );
  return { pending, result, run, reset: () => setResult(null) };
}
