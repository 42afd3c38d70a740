import Link from "next/link";
import type { RemoteEnvironment } from "@/lib/env/schema";
import { EnvironmentBadge } from "./environment-badge";

/** Product name and the Remote environment badge, shared by the public and console headers. */
export function Brand({ href, environment }: { href: string; environment: RemoteEnvironment }) {
  return (
    <div className="flex items-center gap-3">
      <Link href={href} className="flex items-center gap-2 rounded-sm font-semibold text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">R</span>
        Remote Connect
      </Link>
      <EnvironmentBadge environment={environment} />
    </div>
  );
}
