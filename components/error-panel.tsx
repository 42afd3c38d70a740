import type { ReactNode } from "react";

export const errorActionClass = {
  primary: "rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
  secondary: "rounded-lg px-4 py-2 font-medium text-brand-700 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600",
};

/**
 * The body of every error page: what happened in plain words, the reference that matches the
 * server's log line (never a stack or an internal message), and a way onward.
 */
export function ErrorPanel({ eyebrow, title, reference, actions, children }: { eyebrow: string; title: string; reference?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="rounded-2xl border border-amber-200 bg-white p-8 shadow-sm" role="alert" aria-labelledby="error-title">
      <p className="text-sm font-medium uppercase tracking-wide text-amber-700">{eyebrow}</p>
      <h1 id="error-title" className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-3 max-w-prose text-slate-600">{children}</p>
      {reference && (
        <p className="mt-4 text-sm text-slate-600">
          Reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900" data-testid="error-reference">{reference}</code>
          <span className="ml-1">(quote it if you contact us)</span>
        </p>
      )}
      {actions && <div className="mt-6 flex flex-wrap gap-4">{actions}</div>}
    </section>
  );
}

/** The frame of an error page shown without the app's own layout (root error, global error). */
export function ErrorFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-6xl items-center px-4">
          <span className="flex items-center gap-2 font-semibold text-slate-900">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">R</span>
            Remote Connect
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-12">{children}</main>
    </>
  );
}
