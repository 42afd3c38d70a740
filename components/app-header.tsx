import type { ReactNode } from "react";
import type { RemoteEnvironment } from "@/lib/env/schema";
import { Brand } from "./brand";

type Props = { environment: RemoteEnvironment; name?: string; logoUrl?: string | null; children?: ReactNode };

export function AppHeader({ environment, name, logoUrl, children }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <Brand href="/" environment={environment} name={name} logoUrl={logoUrl} />
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
