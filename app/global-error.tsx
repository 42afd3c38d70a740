"use client";
import { ErrorFallback } from "@/components/error-fallback-client";
import "./globals.css";

/** Replaces the root layout when that fails, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <ErrorFallback error={error} retry={retry} framed />
      </body>
    </html>
  );
}
