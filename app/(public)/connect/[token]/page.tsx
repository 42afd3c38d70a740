import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { resolveConnectLink } from "@/lib/connect-links/service";
import { CONSENT_FAILURES } from "@/lib/consent/failures";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsPath } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";
export const metadata = { title: "Connect your Remote account" };

export default async function ConnectLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams?: Promise<{ mode?: string }> }) {
  const gate = await takePublicUnitFor(await headers());
  if (!gate.allowed) redirect(tooManyRequestsPath(gate.retryAfterSeconds));
  const { token } = await params;
  // Popup mode (connect.js) carries through to the start route, which checks it against the link.
  const popup = (await searchParams)?.mode === "popup";
  const link = await resolveConnectLink(token);
  if (!link.ok) {
    const failure = CONSENT_FAILURES[link.reason];
    return (
      <section className="rounded-2xl border border-amber-200 bg-white p-8 shadow-sm" role="alert">
        <h1 className="text-2xl font-semibold">{failure.title}</h1>
        <p className="mt-3 text-slate-600">{failure.message}</p>
      </section>
    );
  }
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">Connect your Remote account</h1>
      <p className="mt-3 max-w-prose text-slate-600">
        You were invited to connect your company&apos;s Remote account. A Remote company admin signs in on Remote and chooses Allow.
        This link works once and expires on {link.expiresAt.toUTCString()}.
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <a href={`/connect/${token}/start${popup ? "?mode=popup" : ""}`} className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
          Connect Remote
        </a>
        <Link href={`/create-company?link=${encodeURIComponent(token)}`} className="font-medium text-brand-700 hover:underline">
          No Remote account yet? Create one
        </Link>
      </div>
    </section>
  );
}
