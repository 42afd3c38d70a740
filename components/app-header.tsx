import Link from "next/link";
import type { ReactNode } from "react";
import type { RemoteEnvironment } from "@/lib/env/schema";
import { EnvironmentBadge } from "./environment-badge";

export function AppHeader({ environment, children }: { environment: RemoteEnvironment; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <div className="flex items-center gap-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">R</span>
            Remote Connect
          </Link>
          <EnvironmentBadge environment={environment} />
        </div>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
