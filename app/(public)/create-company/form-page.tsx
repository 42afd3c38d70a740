import { Notice } from "@/components/create-company/notice";
import * as s from "@/components/create-company/styles";
import type { CreateCompanyPageData } from "@/lib/companies/page-data";
import { CONSENT_FAILURES, isConsentFailure } from "@/lib/consent/failures";
import { CREATE_LINK_FAILURES, isCreateLinkFailure } from "@/lib/public-entry/messages";
import { CreateCompanyClient } from "./create-company-client";

/** The create-company form (or why it cannot open), for /create-company and /create-company/<link>. */
export function CreateCompanyView({ data, fresh, retryHref, viaCreateLink }: { data: CreateCompanyPageData; fresh: boolean; retryHref: string; viaCreateLink: boolean }) {
  if (data.kind === "link_invalid") {
    const f = viaCreateLink && isCreateLinkFailure(data.reason) ? CREATE_LINK_FAILURES[data.reason] : CONSENT_FAILURES[isConsentFailure(data.reason) ? data.reason : "link_unknown"];
    return <Notice title={f.title}>{f.message}</Notice>;
  }
  if (data.kind === "unavailable") {
    return (
      <Notice title="Remote is not responding" action={{ href: retryHref, label: "Try again" }}>
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
      {(data.link || data.createLink) && <p className="mt-2 text-sm text-slate-500">You opened this form from an invitation link; the new company will be linked to it.</p>}
      {data.staff && <p className="mt-2 text-sm text-slate-500">You are signed in as staff: you can set the external ID, and the audit log names you.</p>}
      <CreateCompanyClient countries={data.countries} token={data.token} link={data.link} staff={data.staff && !data.createLink} fresh={fresh} createLink={data.createLink} />
    </section>
  );
}
