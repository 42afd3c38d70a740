import type { Metadata } from "next";
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { BrandFooter } from "@/components/public/brand-footer";
import { getBrand } from "@/lib/brand";
import { brandThemeVars, monogramIcon } from "@/lib/brand/theme";
import { getEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const brand = await getBrand();
  return {
    // absolute: the root layout's "· Remote Connect" template is the console's, not the partner's.
    title: { template: `${brand.name} — %s`, absolute: brand.name },
    applicationName: brand.name,
    icons: { icon: brand.logoUrl ?? monogramIcon(brand.name, brand.primaryColor) },
  };
}

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const brand = await getBrand();
  return (
    <div style={brandThemeVars(brand.primaryColor) as CSSProperties} className="min-h-screen" data-testid="brand-theme">
      <AppHeader environment={getEnv().REMOTE_ENVIRONMENT} name={brand.name} logoUrl={brand.logoUrl}>
        <Link href="/console" className="text-slate-600 hover:text-slate-900">
          Staff console
        </Link>
      </AppHeader>
      <main className="mx-auto max-w-3xl px-4 py-12">{children}</main>
      <BrandFooter brand={brand} />
    </div>
  );
}
