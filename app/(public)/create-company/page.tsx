import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { loadCreateCompanyPage } from "@/lib/companies/page-data";
import { isPublicEntryStaff } from "@/lib/public-entry/staff";
import { mayStart } from "@/lib/public-entry/policy";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsPath } from "@/lib/rate-limit/refusal";
import { CreateCompanyView } from "./form-page";

export const dynamic = "force-dynamic";
export const metadata = { title: "Create your Remote account" };

type Search = Promise<{ link?: string | string[]; fresh?: string }>;

export default async function CreateCompanyPage({ searchParams }: { searchParams: Search }) {
  const { link, fresh } = await searchParams;
  const linkToken = typeof link === "string" ? link : undefined;
  // PUBLIC_ENTRY first: a refused visitor leaves nothing behind, not even a rate-limit bucket.
  if (!mayStart("create_company", { link: !!linkToken, staff: await isPublicEntryStaff() })) notFound();
  const gate = await takePublicUnitFor(await headers());
  if (!gate.allowed) redirect(tooManyRequestsPath(gate.retryAfterSeconds));
  const data = await loadCreateCompanyPage(linkToken);
  return <CreateCompanyView data={data} fresh={fresh === "1"} retryHref="/create-company" viaCreateLink={false} />;
}
