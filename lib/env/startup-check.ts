// No server-only import: instrumentation.ts loads this outside the React server layer, where that
// package throws; nothing here reaches a browser bundle anyway.
import { isRemoteWebhookEventType } from "../remote-events/event-types";
import { EnvError, parseEnv } from "./schema";

/**
 * Refuses to start a server whose settings are wrong: the same one line as everywhere else, then
 * exit 1, because a server that would fail every request with it should not look healthy to a
 * process manager. Called from instrumentation.ts in the Node.js runtime only.
 */
export function checkSettingsOrExit(): void {
  try {
    const env = parseEnv(process.env);
    // Checked here rather than in the schema: Remote's list lives with the relay (lib/remote-events).
    const unknown = env.REMOTE_WEBHOOK_EVENTS.filter((t) => t !== "all" && !isRemoteWebhookEventType(t));
    if (unknown.length) {
      throw new EnvError("REMOTE_WEBHOOK_EVENTS", `names event types Remote does not have: ${unknown.join(", ")} (see remote-webhook-events in the README, or use all)`);
    }
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
