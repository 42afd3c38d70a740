"use client";
import { ErrorFallback } from "@/components/error-fallback-client";

/** Public pages (landing, connect link, create company) keep their header when they fail. */
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorFallback error={error} retry={retry} />;
}
