import { headers } from "next/headers";
import { popupResult } from "@/lib/connect-return/flow";

export const dynamic = "force-dynamic";
export const metadata = { title: "Returning to the app", referrer: "no-referrer" };

// Posts the signed result to the opener (only to the partner's allowed origin) and closes; without an
// opener (popup blocked, opened as a tab) the browser continues to the signed return URL instead.
const SCRIPT = `(function(){var d=JSON.parse(document.getElementById("rc-result").textContent);
if(window.opener&&!window.opener.closed){window.opener.postMessage(d.message,d.origin);window.close();}
else{window.location.replace(d.fallbackUrl);}})();`;

export default async function ConnectPopupPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  const result = popupResult(typeof to === "string" ? to : undefined);
  if (!result) {
    return (
      <section className="rounded-2xl border border-amber-200 bg-white p-8 shadow-sm" role="alert">
        <h1 className="text-2xl font-semibold">This result has expired</h1>
        <p className="mt-3 text-slate-600">Close this window and start the connection again from the app that sent you here.</p>
      </section>
    );
  }
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // JSON in a non-executable script element; "<" escaped so no value can close the element.
  const data = JSON.stringify(result).replace(/</g, "\\u003c");
  const text = result.message.status === "connected" ? "Connected. You can close this window." : "Not connected. You can close this window.";
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{text}</h1>
      <p className="mt-3 text-slate-600">
        <a href={result.fallbackUrl} className="font-medium text-brand-700 hover:underline">Continue to the app</a>
      </p>
      <script id="rc-result" type="application/json" nonce={nonce} dangerouslySetInnerHTML={{ __html: data }} />
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />
    </section>
  );
}
