import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { getEnv } from "@/lib/env";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader environment={getEnv().REMOTE_ENVIRONMENT}>
        <Link href="/console" className="text-slate-600 hover:text-slate-900">
          Staff console
        </Link>
      </AppHeader>
      <main className="mx-auto max-w-3xl px-4 py-12">{children}</main>
    </>
  );
}
