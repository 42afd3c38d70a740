import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { RuntimeConfig } from "../config";

export const unauthorized = (c: Context) => c.json({ message: "Unauthorized" }, 401);
export const forbidden = (c: Context) => c.json({ message: "Forbidden" }, 403);
export const notFound = (c: Context, message = "Not Found") => c.json({ message }, 404);

export type FieldErrors = Record<string, string[]>;

/**
 * Remote answers 422 in two documented shapes; which one a given endpoint uses varies, so the
 * emulator lets tests pick (`validation_error_shape`) to prove the client handles both.
 */
export function validationFailed(c: Context, errors: FieldErrors, shape: RuntimeConfig["validation_error_shape"]) {
  if (shape === "errors") return c.json({ errors }, 422);
  const message = Object.entries(errors).flatMap(([param, msgs]) =>
    msgs.map((m) => ({ code: "invalid_param", message: `${param} ${m}`, param })));
  return c.json({ message }, 422);
}

/** RFC 6749 §5.2 error body, which is what Remote's token endpoint is observed to send. */
export function oauthError(c: Context, status: ContentfulStatusCode, error: string, description: string) {
  if (status === 401) c.header("WWW-Authenticate", 'Basic realm="Remote"');
  c.header("Cache-Control", "no-store");
  return c.json({ error, error_description: description }, status);
}
