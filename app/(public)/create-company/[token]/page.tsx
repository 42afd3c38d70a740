import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loadCreateCompanyPage } from "@/lib/companies/page-data";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsPath } from "@/lib/rate-limit/refusal";
import { CreateCompanyView } from "../form-page";

export const dynamic = "force-dynamic";
export const metadata = { title: "Create your Remote account" };

/** A create-company link: the partner's invitation (the token stays out of referrers: Referrer-Policy no-referrer). */
export default async function CreateCompanyLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ fresh?: string }> }) {
  const gate = await takePublicUnitFor(await headers());
  if (!gate.allowed) redirect(tooManyRequestsPath(gate.retryAfterSeconds));
  const { token } = await params;
  const { fresh } = await searchParams;
  const data = await loadCreateCompanyPage(undefined, token);
  return <CreateCompanyView data={data} fresh={fresh === "1"} retryHref={`/create-company/${token}`} viaCreateLink />;
}
