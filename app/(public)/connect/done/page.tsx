import Link from "next/link";
import { getBrand } from "@/lib/brand";
import { readOutcome } from "@/lib/consent/cookies";

export const dynamic = "force-dynamic";
export const metadata = { title: "Connected" };

export default async function ConnectDonePage() {
  const [outcome, brand] = await Promise.all([readOutcome(), getBrand()]);
  if (!outcome) {
    return (
      <section className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Nothing to show</h1>
        <p className="mt-3 text-slate-600">This page shows the result of a connection right after it happens, and that result has expired.</p>
        <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">Back to the start page</Link>
      </section>
    );
  }
  return (
    <section className="rounded-2xl border border-emerald-200 bg-white p-8 shadow-sm" aria-labelledby="done-title">
      <p className="text-sm font-medium uppercase tracking-wide text-emerald-700">{outcome.reconnected ? "Reconnected" : "Connected"}</p>
      <h1 id="done-title" className="mt-2 text-2xl font-semibold">
        {outcome.companyName} is connected to Remote
      </h1>
      <p className="mt-3 max-w-prose text-slate-600">
        {outcome.reconnected
          ? "Your existing connection was renewed. Nothing else changes for you."
          : `Thank you. ${brand.name} can now work with your Remote company. You can withdraw access at any time from your Remote settings.`}
      </p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">Done</Link>
    </section>
  );
}
