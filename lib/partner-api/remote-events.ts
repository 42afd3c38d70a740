import "server-only";
import { RemoteEventsError } from "../remote-events/errors";
import { ApiProblem } from "./respond";

/** Runs a relay call, turning its caller-fixable errors into the documented JSON errors. */
export async function relayCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof RemoteEventsError) throw new ApiProblem(e.code, e.message, e.retryAfterMs);
    throw e;
  }
}
