// Shown on every console page while Remote refuses this app's client credentials (see
// lib/connections/client-circuit.ts): until then every company looks broken for no visible reason.

export type ClientCircuitBannerProps = { code: string | null; message: string | null; retryAt: string | null };

const time = (iso: string) => new Date(iso).toISOString().slice(11, 19);

export function ClientCircuitBanner({ code, message, retryAt }: ClientCircuitBannerProps) {
  return (
    <div role="alert" data-testid="client-circuit-banner" className="border-b border-red-300 bg-red-50">
      <div className="mx-auto max-w-7xl px-4 py-3 text-sm text-red-900">
        <p className="font-semibold">
          Remote refuses this app&apos;s client credentials{code ? ` (${code})` : ""}: token requests for every company are paused.
        </p>
        <p className="mt-1">
          {message}
          {retryAt ? ` The next attempt is allowed after ${time(retryAt)} UTC; it is retried automatically.` : ""}
        </p>
      </div>
    </div>
  );
}
