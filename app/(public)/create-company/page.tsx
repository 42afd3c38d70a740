import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Notice } from "@/components/create-company/notice";
import * as s from "@/components/create-company/styles";
import { loadCreateCompanyPage } from "@/lib/companies/page-data";
import { CONSENT_FAILURES, isConsentFailure } from "@/lib/consent/failures";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsPath } from "@/lib/rate-limit/refusal";
import { CreateCompanyClient } from "./create-company-client";

export const dynamic = "force-dynamic";
export const metadata = { title: "Create your Remote account" };

type Search = Promise<{ link?: string | string[]; fresh?: string }>;

export default async function CreateCompanyPage({ searchParams }: { searchParams: Search }) {
  const gate = await takePublicUnitFor(await headers());
  if (!gate.allowed) redirect(tooManyRequestsPath(gate.retryAfterSeconds));
  const { link, fresh } = await searchParams;
  const data = await loadCreateCompanyPage(typeof link === "string" ? link : undefined);
  if (data.kind === "link_invalid") {
    const f = CONSENT_FAILURES[isConsentFailure(data.reason) ? data.reason : "link_unknown"];
    return <Notice title={f.title}>{f.message}</Notice>;
  }
  if (data.kind === "unavailable") {
    return (
      <Notice title="Remote is not responding" action={{ href: "/create-company", label: "Try again" }}>
        We couldn&apos;t load the list of countries from Remote. Nothing was sent or stored. Please try again in a minute.
      </Notice>
    );
  }
  return (
    <section className={s.card} aria-labelledby="create-title">
      <h1 id="create-title" className="text-3xl font-semibold tracking-tight text-slate-900">
        Create your Remote account
      </h1>
      <p className="mt-3 max-w-prose text-slate-600">
        No Remote account yet? Tell us about your company and we create it on Remote for you, already connected to us.
        {data.passwordEmail ? " Remote then emails the owner a link to set a password." : ""}
      </p>
      {data.link && <p className="mt-2 text-sm text-slate-500">You opened this form from an invitation link; the new company will be linked to it.</p>}
      {data.staff && <p className="mt-2 text-sm text-slate-500">You are signed in as staff: you can set the external ID, and the audit log names you.</p>}
      <CreateCompanyClient countries={data.countries} token={data.token} link={data.link} staff={data.staff} fresh={fresh === "1"} />
    </section>
  );
}
