// One line of an import file (JSONL), checked without ever putting the line's content in a message:
// a line that fails to parse may still hold a token. No server-only: pure, unit-tested.
import { z } from "zod";
import { ImportItemFields } from "../partner-api/contract/import";
import type { ImportInput } from "./import";

// Unlike the API, a file line may carry columns of its own (an export from another system): ignored.
const Line = z.object(ImportItemFields);

export type ParsedLine = { kind: "item"; item: ImportInput } | { kind: "invalid"; reason: string } | { kind: "blank" };

export function parseImportLine(text: string): ParsedLine {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) return { kind: "blank" };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    // JSON.parse's own message quotes the text: never used.
    return { kind: "invalid", reason: "not valid JSON" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { kind: "invalid", reason: "not a JSON object" };
  if (!("refresh_token" in json) || (json as { refresh_token: unknown }).refresh_token === null) return { kind: "invalid", reason: "missing refresh_token" };
  const r = Line.safeParse(json);
  if (!r.success) {
    // zod's messages name the field and the rule (type, length), not the value.
    return { kind: "invalid", reason: r.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") };
  }
  return { kind: "item", item: r.data };
}
