import Link from "next/link";
import { getBrand } from "@/lib/brand";
import { mayStart } from "@/lib/public-entry/policy";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  // The landing page is for visitors without a link: it offers only what PUBLIC_ENTRY opens to them.
  const visitor = { link: false, staff: false };
  const canConnect = mayStart("connect", visitor);
  const canCreate = mayStart("create_company", visitor);
  if (!canConnect) {
    const brand = await getBrand();
    return <LinkNeeded partner={brand.name} supportEmail={brand.supportEmail} />;
  }
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm sm:p-12">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Connect your Remote account</h1>
      <p className="mt-4 max-w-prose text-slate-600">
        Let us work with your Remote company data — employees, contracts and payroll — without sharing a password. You
        sign in on Remote, review what we ask for, and can withdraw access at any time from Remote.
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        {/* /connect/start is a route handler that redirects to Remote: a full navigation, not a client-side
            RSC fetch. The lint rule mistakes it for a page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/connect/start"
          className="inline-flex items-center rounded-lg bg-brand-600 px-5 py-3 font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Connect Remote
        </a>
        {canCreate ? (
          <Link href="/create-company" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            No Remote account yet? Create one
          </Link>
        ) : (
          <p className="text-sm text-slate-600">No Remote account yet? Ask us for an invitation link to create one.</p>
        )}
      </div>
      <ul className="mt-10 grid gap-4 text-sm text-slate-600 sm:grid-cols-3">
        <li>
          <strong className="block text-slate-900">You stay in control</strong>
          Consent is given on Remote, by a company admin.
        </li>
        <li>
          <strong className="block text-slate-900">No passwords shared</strong>
          We receive a revocable authorisation, stored encrypted.
        </li>
        <li>
          <strong className="block text-slate-900">Takes a minute</strong>
          Sign in, choose Allow, and you are back here.
        </li>
      </ul>
    </section>
  );
}

function LinkNeeded({ partner, supportEmail }: { partner: string; supportEmail: string | null }) {
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm sm:p-12">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Connect your Remote account</h1>
      <p className="mt-4 max-w-prose text-slate-600">
        Connecting a Remote company starts from a link we send to the company&apos;s Remote admin. If you are that admin
        and have no link yet, ask {partner} for one
        {supportEmail ? (
          <>
            {" "}at{" "}
            <a href={`mailto:${supportEmail}`} className="font-medium text-brand-700 underline">
              {supportEmail}
            </a>
          </>
        ) : null}
        . The link works once and leads you to Remote, where you review what we ask for and choose Allow.
      </p>
    </section>
  );
}
