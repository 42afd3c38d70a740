import "server-only";
import { DatabaseBusyError, isDatabaseUnavailable } from "../db/errors";
import { logger } from "../logger";

// Query strings in messages (a failed fetch to a callback URL, say) may carry codes or tokens.
const SECRET_PARAMS = /([?&](?:code|state|token|access_token|refresh_token|code_verifier)=)[^&\s"']+/gi;

/** What may be logged about an unknown error: its kind and a capped message, never a stack or a payload. */
export function describeError(e: unknown): { name: string; message: string; errorCode?: string } {
  if (!(e instanceof Error)) return { name: typeof e, message: "non-Error thrown" };
  // Prisma puts the useful part a few lines down ("Invalid `prisma.x()` invocation: … Can't reach …").
  const message = e.message.replace(SECRET_PARAMS, "$1[redacted]").replace(/\s+/g, " ").trim().slice(0, 300);
  const code = (e as { code?: unknown }).code;
  // "code" itself is a redacted log key (OAuth codes), so the driver/Prisma code travels as errorCode.
  return { name: e.name, message, ...(typeof code === "string" && code.length <= 40 ? { errorCode: code } : {}) };
}

/**
 * The DatabaseBusyError in an error's cause chain, recognised by name too: Next loads lib/db/errors
 * once per server layer (route handlers, pages and actions) while the database client is
 * process-wide, so the error may be an instance of another layer's copy of the class.
 */
export function busyErrorIn(e: unknown): { retryAfterMs: number } | undefined {
  for (let err: unknown = e, depth = 0; err && depth < 5; depth++, err = (err as { cause?: unknown }).cause) {
    if (err instanceof DatabaseBusyError) return err;
    const x = err as { name?: unknown; retryAfterMs?: unknown };
    if (x.name === "DatabaseBusyError" && typeof x.retryAfterMs === "number") return { retryAfterMs: x.retryAfterMs };
  }
  return undefined;
}

/**
 * Logs an unexpected failure under a reference the user or partner can quote. A database that is
 * busy or unreachable is an operational warning, anything else an error worth a look.
 */
export function reportFailure(e: unknown, ref: string, context: Record<string, string | number | boolean>): { databaseUnavailable: boolean } {
  const unavailable = isDatabaseUnavailable(e);
  // Not "err": pino would run its own serializer over it and add an empty stack.
  const fields = { ref, ...context, error: describeError(e) };
  if (unavailable) logger.warn(fields, "database unavailable");
  else logger.error(fields, "unexpected error");
  return { databaseUnavailable: unavailable };
}
