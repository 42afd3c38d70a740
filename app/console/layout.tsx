import type { ReactNode } from "react";
import { ConsoleHeader } from "@/components/console/console-header";
import { currentStaff } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";
import { signOutAction } from "./actions";

// Convenience only: each page checks the session and role itself (and redirects to sign-in).
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <ConsoleHeader environment={getEnv().REMOTE_ENVIRONMENT} staff={staff ? { email: staff.email, role: staff.role } : null} signOut={signOutAction} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </>
  );
}
