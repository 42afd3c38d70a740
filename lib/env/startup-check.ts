// No server-only import: instrumentation.ts loads this outside the React server layer, where that
// package throws; nothing here reaches a browser bundle anyway.
import { EnvError, parseEnv } from "./schema";

/**
 * Refuses to start a server whose settings are wrong: the same one line as everywhere else, then
 * exit 1, because a server that would fail every request with it should not look healthy to a
 * process manager. Called from instrumentation.ts in the Node.js runtime only.
 */
export function checkSettingsOrExit(): void {
  try {
    parseEnv(process.env);
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
