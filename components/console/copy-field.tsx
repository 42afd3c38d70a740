"use client";
import { useState } from "react";
import { btn } from "./styles";

/** A read-only value with a Copy button (falls back to selecting the text when the clipboard is unavailable). */
export function CopyField({ value, label, id }: { value: string; label: string; id: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "select">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied("select");
    }
  }
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="block w-full min-w-0 rounded-lg border border-slate-300 bg-slate-50 px-3 py-1.5 font-mono text-xs text-slate-900" />
        <button type="button" onClick={copy} className={btn.secondary}>
          {copied === "copied" ? "Copied" : "Copy"}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 text-xs text-slate-600">
        {copied === "copied" ? "Copied to the clipboard." : copied === "select" ? "Selected: press Ctrl+C (⌘C) to copy." : ""}
      </p>
    </div>
  );
}
