import Link from "next/link";
import type { ReactNode } from "react";
import * as s from "./styles";

/** A full-page message (a bad link, Remote unreachable) with a way forward. */
export function Notice({ title, children, action }: { title: string; children: ReactNode; action?: { href: string; label: string } }) {
  return (
    <section className="rounded-2xl border border-amber-200 bg-white p-8 shadow-sm" role="alert" aria-labelledby="notice-title">
      <h1 id="notice-title" className="text-2xl font-semibold text-slate-900">
        {title}
      </h1>
      <div className="mt-3 max-w-prose text-slate-600">{children}</div>
      <div className="mt-6 flex flex-wrap gap-4">
        {action && (
          <Link href={action.href} prefetch={false} className={s.primaryButton}>
            {action.label}
          </Link>
        )}
        <Link href="/" className={s.secondaryLink}>
          Back to the start page
        </Link>
      </div>
    </section>
  );
}
