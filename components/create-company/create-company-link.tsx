import Link from "next/link";

const FOCUS = "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * The staff entry point to the create-company form, for the console (e.g. next to "New connect
 * link" on /console or /console/connect-links). Signed-in admins get the external ID field there.
 */
export function CreateCompanyLink({ label = "Create a Remote company" }: { label?: string }) {
  return (
    <Link
      href="/create-company?fresh=1"
      prefetch={false}
      className={`inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 ${FOCUS}`}
    >
      {label}
    </Link>
  );
}
