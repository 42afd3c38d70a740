"use client";
import { ErrorFallback } from "@/components/error-fallback-client";

/** Pages outside the public group and the console (e.g. sign-in), and a failing public layout: no header above, so it brings its own. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorFallback error={error} retry={retry} framed />;
}
