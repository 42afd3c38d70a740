import Link from "next/link";
import type { RemoteEnvironment } from "@/lib/env/schema";
import { EnvironmentBadge } from "./environment-badge";

type Props = { href: string; environment: RemoteEnvironment; name?: string; logoUrl?: string | null };

/** Product name (the partner's on public pages) and the Remote environment badge, shared by the public and console headers. */
export function Brand({ href, environment, name = "Remote Connect", logoUrl = null }: Props) {
  return (
    <div className="flex items-center gap-3">
      <Link href={href} className="flex items-center gap-2 rounded-sm font-semibold text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="brand">
        {logoUrl ? (
          // The name is next to it, so the logo is decorative; <img> never runs scripts inside an SVG.
          // eslint-disable-next-line @next/next/no-img-element -- a small logo, from our own route or the partner's URL
          <img src={logoUrl} alt="" className="h-7 w-auto max-w-32 object-contain" data-testid="brand-logo" />
        ) : (
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">{(Array.from(name)[0] ?? "R").toUpperCase()}</span>
        )}
        {name}
      </Link>
      <EnvironmentBadge environment={environment} />
    </div>
  );
}
