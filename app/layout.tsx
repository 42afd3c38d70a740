import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Remote Connect", template: "%s · Remote Connect" },
  description: "Connect your Remote account to our product.",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next puts proxy.ts's per-request CSP nonce on its scripts
  // only while rendering, so a page prerendered at build time would have its scripts blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
