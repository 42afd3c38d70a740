import type { RemoteEnvironment } from "@/lib/env/schema";

const STYLES: Record<RemoteEnvironment, { label: string; className: string }> = {
  emulator: { label: "EMULATOR", className: "bg-amber-100 text-amber-900 ring-amber-300" },
  sandbox: { label: "SANDBOX", className: "bg-sky-100 text-sky-900 ring-sky-300" },
  "partner-sandbox": { label: "PARTNER SANDBOX", className: "bg-sky-100 text-sky-900 ring-sky-300" },
  production: { label: "PRODUCTION", className: "bg-emerald-100 text-emerald-900 ring-emerald-300" },
};

export function EnvironmentBadge({ environment }: { environment: RemoteEnvironment }) {
  const { label, className } = STYLES[environment];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide ring-1 ring-inset ${className}`}
      title={`Remote environment: ${label.toLowerCase()}`}
      data-testid="environment-badge"
    >
      {label}
    </span>
  );
}
