import Link from "next/link";
import { EnvironmentBadge } from "@/components/environment-badge";
import type { RemoteEnvironment } from "@/lib/env/schema";
import { ConsoleNav } from "./console-nav";
import { RoleBadge } from "./status-badge";
import { btn } from "./styles";

type Props = {
  environment: RemoteEnvironment;
  staff: { email: string; role: string } | null;
  signOut: () => Promise<void>;
};

export function ConsoleHeader({ environment, staff, signOut }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4">
        <div className="flex items-center gap-3">
          <Link href="/console" className="flex items-center gap-2 rounded-sm font-semibold text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">R</span>
            Remote Connect
          </Link>
          <EnvironmentBadge environment={environment} />
        </div>
        {staff ? (
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-slate-700 sm:inline" data-testid="staff-email">{staff.email}</span>
            <RoleBadge role={staff.role} />
            <form action={signOut}>
              <button type="submit" className={btn.small}>Sign out</button>
            </form>
          </div>
        ) : null}
      </div>
      {staff ? (
        <div className="mx-auto max-w-7xl px-4">
          <ConsoleNav />
        </div>
      ) : null}
    </header>
  );
}
