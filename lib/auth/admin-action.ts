import "server-only";
import type { z } from "zod";
import type { Actor } from "../audit/events";
import { guardAction } from "../http/action-error";
import { failure, type ActionResult } from "./action-result";
import { staffForAction, type Staff } from "./guards";
import type { StaffRole } from "./roles";

export type ActionOptions = {
  /** Finishes "Could not …" in the message for an unexpected failure, e.g. "revoke the key". */
  what: string;
  /** Who may call it; admin unless said otherwise (viewers may only read). */
  role?: StaffRole;
  /** The message for input that does not parse (default: the schema's first message). */
  invalid?: string;
  /** Advice appended to an unexpected failure's message. */
  hint?: string;
  /** Errors whose message is meant for staff, shown as is (e.g. the token service's). */
  expected?: (e: unknown) => string | undefined;
};

/**
 * Every console server action: who is calling is checked inside the action (a viewer or an ended
 * session gets a plain message, never an exception), then the input is parsed, then `run` runs;
 * anything unexpected is logged under a reference and returned as a plain message. Audit events
 * are recorded by the domain functions `run` calls.
 */
export function adminAction<S extends z.ZodType, T = undefined>(
  schema: S,
  run: (input: z.output<S>, ctx: { staff: Staff; actor: Actor }) => Promise<ActionResult<T>>,
  opts: ActionOptions,
): (raw: unknown) => Promise<ActionResult<T>> {
  // An async function, as Next requires of everything a "use server" file exports.
  return async (raw: unknown) =>
    guardAction(
      opts.what,
      async () => {
        const guard = await staffForAction(opts.role ?? "admin");
        if (!guard.ok) return failure(guard.error);
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return failure(opts.invalid ?? parsed.error.issues[0]?.message ?? "Check the form.");
        try {
          return await run(parsed.data, { staff: guard.staff, actor: guard.actor });
        } catch (e) {
          const shown = opts.expected?.(e);
          if (shown !== undefined) return failure(shown);
          throw e;
        }
      },
      opts.hint,
    );
}
