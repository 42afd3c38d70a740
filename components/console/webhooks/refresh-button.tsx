"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { btn } from "../styles";

/** Re-reads the page; while deliveries are queued it does so every few seconds by itself. */
export function RefreshButton({ auto }: { auto: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  useEffect(() => {
    if (!auto) return;
    const t = setInterval(() => {
      if (document.visibilityState === "visible") start(() => router.refresh());
    }, 5000);
    return () => clearInterval(t);
  }, [auto, router]);
  return (
    <button type="button" className={btn.small} onClick={() => start(() => router.refresh())} disabled={pending}>
      {pending ? "Refreshing…" : "Refresh"}
    </button>
  );
}
