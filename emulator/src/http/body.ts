import type { Context } from "hono";

export type BodyResult = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/**
 * Parses JSON or form bodies alike: Remote's OpenAPI declares JSON for the token endpoint while its
 * guides and every sample send form-urlencoded, so both must work.
 */
export async function readBody(c: Context): Promise<BodyResult> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    return { ok: false, reason: "The request body could not be read" };
  }
  if (type.includes("json")) {
    if (text.trim() === "") return { ok: true, data: {} };
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        return { ok: true, data: parsed as Record<string, unknown> };
      }
      return { ok: false, reason: "The request body must be a JSON object" };
    } catch {
      return { ok: false, reason: "The request body is not valid JSON" };
    }
  }
  if (type === "" || type.includes("application/x-www-form-urlencoded") || type.startsWith("text/plain")) {
    return { ok: true, data: Object.fromEntries(new URLSearchParams(text)) };
  }
  return { ok: false, reason: `Unsupported content type: ${type.split(";")[0]}` };
}

export const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
