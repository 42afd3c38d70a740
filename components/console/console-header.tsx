import { Brand } from "@/components/brand";
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
        <Brand href="/console" environment={environment} />
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
