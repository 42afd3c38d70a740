// The processes of one chaos run or reproduction, started and stopped together: a fresh database,
// the emulator, two app processes and the proxy that APP_URL points at.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildNeeded } from "../lib/build-state.mjs";
import { portProblem, root } from "../lib/proc.mjs";
import { createDatabase } from "./databases.mjs";
import { AppProcess, startEmulator } from "./processes.mjs";
import { startProxy } from "./proxy.mjs";
import { APP_URL, PORTS, TOKEN_TTL_SECONDS, appEnv } from "./topology.mjs";

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-chaos";

export async function preflight() {
  // The run needs a production build of the current sources, kept apart from `.next` (npm start's).
  const why = buildNeeded(DIST_DIR);
  if (why) {
    console.log(`chaos: building into ${DIST_DIR} (${why}) …`);
    const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
    if (r.status !== 0 || !existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) throw new Error(`next build into ${DIST_DIR} failed`);
  }
  for (const port of [PORTS.proxy, ...PORTS.apps, PORTS.emulator]) {
    const problem = await portProblem(port);
    if (problem) throw new Error(`port ${port} is not free (${problem})`);
  }
}

/** An empty stack; startStack fills it step by step, so a Ctrl-C midway can still stop what started. */
export const emptyStack = () => ({ database: null, env: null, emulator: null, apps: [], proxy: null });

export async function startStack(stack, { kind, stamp, logDir, env = {} }) {
  stack.database = await createDatabase(kind, stamp);
  stack.env = { ...appEnv(stack.database.url), ...env };
  stack.emulator = await startEmulator({ port: PORTS.emulator, appUrl: APP_URL, logDir, accessTokenTtlSeconds: TOKEN_TTL_SECONDS });
  stack.apps = PORTS.apps.map((port, i) => new AppProcess(`app-${i + 1}`, port, stack.env, logDir));
  await Promise.all(stack.apps.map((a) => a.start()));
  stack.proxy = await startProxy(PORTS.proxy, () => stack.apps.filter((a) => a.up));
  return stack;
}

export async function stopStack(stack, { keepDatabase = false } = {}) {
  await Promise.all(stack.apps.map((a) => a.stop()));
  await stack.emulator?.service.stop(5_000);
  await stack.proxy?.close();
  if (stack.database && !keepDatabase) await stack.database.drop().catch((e) => console.error(`chaos: could not drop the database: ${e.message}`));
  Object.assign(stack, emptyStack());
}
