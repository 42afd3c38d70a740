import type { ReactNode } from "react";
import { ClientCircuitBanner } from "@/components/console/client-circuit-banner";
import { ConsoleHeader } from "@/components/console/console-header";
import { currentStaff } from "@/lib/auth/guards";
import { getClientCircuit } from "@/lib/connections/client-circuit";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { signOutAction } from "./actions";

// Convenience only: each page checks the session and role itself (and redirects to sign-in).
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  // Staff only (admins and viewers): the sign-in page stays free of database reads it does not need.
  const circuit = staff
    ? await getClientCircuit().catch((e: unknown) => {
        logger.warn({ err: e instanceof Error ? e.message : String(e) }, "client circuit state unavailable for the console banner");
        return null;
      })
    : null;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <ConsoleHeader environment={getEnv().REMOTE_ENVIRONMENT} staff={staff ? { email: staff.email, role: staff.role } : null} signOut={signOutAction} />
      {circuit?.open ? <ClientCircuitBanner code={circuit.code} message={circuit.message} retryAt={circuit.openUntil?.toISOString() ?? null} /> : null}
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </>
  );
}
