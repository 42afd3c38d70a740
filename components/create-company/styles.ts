// Class lists for the create-company screens, matching the public pages' look.
const FOCUS = "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export const card = "rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-10";
export const primaryButton = `inline-flex items-center justify-center gap-2 rounded-lg bg-brand-600 px-5 py-3 font-medium text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-70 ${FOCUS}`;
export const secondaryLink = `inline-flex items-center rounded-lg px-4 py-3 font-medium text-brand-700 underline-offset-4 hover:underline ${FOCUS}`;
export const textLink = `font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600 ${FOCUS} rounded-sm`;
export const label = "block text-sm font-medium text-slate-800";
export const hint = "mt-1 text-sm text-slate-500";
export const error = "mt-1 text-sm font-medium text-red-700";
export const fieldset = "grid gap-5 sm:grid-cols-2";
export const legend = "mb-4 text-lg font-semibold text-slate-900";

export function control(invalid: boolean): string {
  const ring = invalid
    ? "border-red-500 focus:border-red-600 focus:ring-red-600/30"
    : "border-slate-300 focus:border-brand-600 focus:ring-brand-600/30";
  return `mt-1.5 block w-full rounded-lg border bg-white px-3 py-2.5 text-slate-900 shadow-sm placeholder:text-slate-400 focus:outline-none focus:ring-2 disabled:bg-slate-50 ${ring}`;
}
