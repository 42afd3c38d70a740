import "server-only";
import { z } from "zod";
import { RemoteEventsError } from "../remote-events/errors";
import { ApiProblem } from "./respond";

const isoTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-12-01T00:00:00Z" });

export const replayBody = z
  .object({ after: isoTime, before: isoTime, event_type: z.string().min(1).max(100).optional() })
  .strict();

/** Runs a relay call, turning its caller-fixable errors into the documented JSON errors. */
export async function relayCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof RemoteEventsError) throw new ApiProblem(e.code, e.message, e.retryAfterMs);
    throw e;
  }
}
