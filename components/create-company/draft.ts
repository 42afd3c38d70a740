// The form's answers and its idempotency token survive a reload or a browser back in the same tab
// (sessionStorage), so a resubmit reuses the token and cannot create a second company. Once a
// company was created the draft is marked done: going back to that same form restores it (and a
// resubmit shows the first result), while a newly opened form starts empty. The terms acceptance
// is never kept: it must be fresh.
import { EMPTY_VALUES, ID_TYPES, type CompanyFormValues } from "@/lib/companies/fields";

export type Draft = { token: string; values: CompanyFormValues; address: Record<string, string>; done?: boolean };

const MAX_AGE_MS = 23 * 3600_000;

// Browser back/forward: a client-side one fires popstate just before the page renders again; a
// full reload from history reports itself in the navigation timing entry.
let lastPopstate = 0;
if (typeof window !== "undefined") window.addEventListener("popstate", () => (lastPopstate = Date.now()));

/** True when this form was reached with the browser's back or forward button. */
export function arrivedByHistory(): boolean {
  if (Date.now() - lastPopstate < 3000) return true;
  const nav = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === "back_forward" && performance.now() < 5000;
}
const PREFIX = "rc-create-company:";
const key = (link: string | null) => `${PREFIX}${link ?? ""}`;

function tokenAge(token: string, now: number): number {
  const issued = parseInt(token.split(".")[2] ?? "", 36);
  return Number.isFinite(issued) ? now - issued : Infinity;
}

const strings = (v: unknown): Record<string, string> =>
  v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === "string")) : {};

export function readDraft(link: string | null, now = Date.now()): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(key(link));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    if (typeof d.token !== "string" || tokenAge(d.token, now) > MAX_AGE_MS) return null;
    const values = { ...EMPTY_VALUES, ...strings(d.values) } as CompanyFormValues;
    if (!(ID_TYPES as readonly string[]).includes(values.id_type)) values.id_type = "tax_number";
    return { token: d.token, values, address: strings(d.address), done: d.done === true };
  } catch {
    return null;
  }
}

export function writeDraft(link: string | null, draft: Draft): void {
  try {
    window.sessionStorage.setItem(key(link), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the reload safety net is gone.
  }
}

export function clearDraft(link: string | null): void {
  try {
    window.sessionStorage.removeItem(key(link));
  } catch {
    // ignore
  }
}

/** Called by the result page: every draft in this tab has done its job. */
export function markDraftsDone(): void {
  try {
    const store = window.sessionStorage;
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      const raw = k?.startsWith(PREFIX) ? store.getItem(k) : null;
      if (k && raw) store.setItem(k, JSON.stringify({ ...JSON.parse(raw), done: true }));
    }
  } catch {
    // ignore
  }
}
