import "server-only";
import { unstable_rethrow } from "next/navigation";
import { failure, type ActionResult } from "../auth/action-result";
import { reportFailure } from "./error-report";
import { newRequestId } from "./request-id";

/**
 * For a server action's unexpected failure: logs it under a new reference and returns the plain
 * message to show, never the error itself. Next's own control flow (redirect, notFound) passes through.
 */
export function reportActionFailure(e: unknown, what: string, hint = "Try again"): string {
  unstable_rethrow(e);
  const ref = newRequestId();
  const { databaseUnavailable } = reportFailure(e, ref, { action: what });
  return databaseUnavailable
    ? `Our service is briefly busy, so we could not ${what}. Nothing needs fixing on your side: try again in a moment (reference ${ref}).`
    : `Could not ${what}. ${hint}; if it keeps failing, quote reference ${ref}.`;
}

/** Runs a console action (its own guard included) so that nothing unexpected escapes as a blank 500. */
export async function guardAction<T>(what: string, run: () => Promise<ActionResult<T>>, hint?: string): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    return failure(reportActionFailure(e, what, hint));
  }
}
