// The document's descriptions use CommonMark's inline code and bold (other OpenAPI viewers render them);
// here they become <code> and <strong> instead of showing backticks and asterisks. Nothing else is parsed.
import type { ReactNode } from "react";

const TOKEN = /(`[^`]+`|\*\*[^*]+\*\*)/g;

export function InlineText({ text }: { text: unknown }): ReactNode {
  const s = String(text ?? "");
  return s.split(TOKEN).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 2)
      return (
        <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">
          {part.slice(1, -1)}
        </code>
      );
    if (part.startsWith("**") && part.endsWith("**") && part.length > 4) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}
