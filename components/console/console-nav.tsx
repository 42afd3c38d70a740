"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/console", label: "Connections", match: (p: string) => p === "/console" || p.startsWith("/console/connections") },
  { href: "/console/connect-links", label: "Connect links" },
  { href: "/console/create-company-links", label: "Create-company links" },
  { href: "/console/api-keys", label: "API keys" },
  { href: "/console/webhooks", label: "Webhooks" },
  { href: "/console/remote-events", label: "Remote events" },
  { href: "/console/audit", label: "Audit log" },
  { href: "/console/settings", label: "Settings" },
];

export function ConsoleNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Console" className="-mb-px flex gap-1 overflow-x-auto">
      {ITEMS.map((item) => {
        const active = item.match ? item.match(pathname) : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 ${
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
