"use client";
import { useMemo, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import { Feedback } from "../feedback";
import { btn, input, label } from "../styles";
import { useAction } from "../use-action";

export type RelayedEventsInput = { mode: "off" } | { mode: "all" } | { mode: "list"; events: string[] };
type Props = { eventTypes: readonly string[]; value: "all" | string[]; save: (input: RelayedEventsInput) => Promise<ActionResult> };

/** Groups event types by what they are about: the part before the first dot. */
function groupByPrefix(types: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const t of types) {
    const prefix = t.split(".")[0];
    groups.set(prefix, [...(groups.get(prefix) ?? []), t]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Off, all, or a searchable list of Remote's event types grouped by prefix. */
export function RelayedEventsForm({ eventTypes, value, save }: Props) {
  const { pending, result, run } = useAction(save);
  const [mode, setMode] = useState<"off" | "all" | "list">(value === "all" ? "all" : value.length ? "list" : "off");
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(value === "all" ? [] : value));
  const [query, setQuery] = useState("");
  const groups = useMemo(() => groupByPrefix(eventTypes), [eventTypes]);
  const q = query.trim().toLowerCase();
  const toggle = (types: string[], on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      for (const t of types) if (on) next.add(t); else next.delete(t);
      return next;
    });

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(mode === "list" ? { mode, events: [...chosen] } : { mode });
      }}
    >
      <fieldset>
        <legend className={label}>Relay</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {([["off", "Nothing (off)"], ["all", "Every event type"], ["list", "Chosen event types"]] as const).map(([m, text]) => (
            <label key={m} className="inline-flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="h-4 w-4 border-slate-300 text-brand-600 focus:ring-brand-600" />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "list" ? (
        <div className="space-y-3">
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-56 flex-1">
              <label htmlFor="relayed-search" className={label}>Find event types</label>
              <input id="relayed-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. onboarding, payslip" className={`${input} mt-1`} />
            </div>
            <p className="text-sm text-slate-700" aria-live="polite" data-testid="relayed-count">{chosen.size} of {eventTypes.length} chosen</p>
          </div>
          <div className="max-h-96 space-y-3 overflow-y-auto rounded-lg border border-slate-200 p-3">
            {groups.map(([prefix, types]) => {
              const shown = q ? types.filter((t) => t.includes(q)) : types;
              if (!shown.length) return null;
              const all = shown.every((t) => chosen.has(t));
              return (
                <fieldset key={prefix}>
                  <legend className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    {prefix}
                    <button type="button" className="rounded-sm text-xs font-medium normal-case tracking-normal text-brand-700 underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600" onClick={() => toggle(shown, !all)}>
                      {all ? "Clear" : "Choose all"}<span className="sr-only"> {prefix}</span>
                    </button>
                  </legend>
                  <div className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
                    {shown.map((t) => (
                      <label key={t} className="inline-flex items-center gap-2 text-sm text-slate-800">
                        <input type="checkbox" checked={chosen.has(t)} onChange={(e) => toggle([t], e.target.checked)} className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
                        <code className="text-xs">{t}</code>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        </div>
      ) : null}
      <button type="submit" className={btn.primary} disabled={pending}>{pending ? "Saving…" : "Save relayed events"}</button>
      <Feedback result={result} pending={pending} pendingText="Saving…" />
    </form>
  );
}
