import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { getEnv } from "@/lib/env";

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader environment={getEnv().REMOTE_ENVIRONMENT} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
