import { createEmulator } from "./app";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URI, clientDisplayName } from "./config";
import { deleteState } from "./persistence/state-file";
import type { EmulatorMode } from "./types";

function readMode(raw: string | undefined): EmulatorMode {
  if (raw === undefined || raw === "") return "dev";
  if (raw === "dev" || raw === "test" || raw === "locked") return raw;
  throw new Error(`EMULATOR_MODE must be dev, test or locked (got "${raw}")`);
}

function readPort(raw: string | undefined): number {
  const port = Number(raw ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`EMULATOR_PORT is not a valid port: ${raw}`);
  return port;
}

const USAGE = "Usage: tsx emulator/src/main.ts [--state-dir DIR] [--reset]";

/** `--state-dir DIR` (or EMULATOR_STATE_DIR) keeps the state across restarts; `--reset` deletes it first. */
function readArgs(argv: string[], envDir: string | undefined): { stateDir?: string; reset: boolean } {
  let stateDir = envDir || undefined;
  let reset = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--reset") reset = true;
    else if (a === "--state-dir" && argv[i + 1] && !argv[i + 1].startsWith("--")) stateDir = argv[++i];
    else if (a.startsWith("--state-dir=") && a.length > 12) stateDir = a.slice(12);
    else throw new Error(`unknown or incomplete option "${a}". ${USAGE}`);
  }
  return { stateDir, reset };
}

// No top-level await: the package is CommonJS, where tsx fails with ERR_REQUIRE_ASYNC_MODULE.
async function main(): Promise<void> {
  const env = process.env;
  const port = readPort(env.EMULATOR_PORT);
  const host = env.EMULATOR_HOST || "127.0.0.1";
  const mode = readMode(env.EMULATOR_MODE);
  // Unset: createEmulator derives http://localhost:<bound port>, which also covers EMULATOR_PORT=0.
  const publicUrl = env.EMULATOR_PUBLIC_URL || undefined;
  const { stateDir, reset } = readArgs(process.argv.slice(2), env.EMULATOR_STATE_DIR);
  const say = (line: string) => console.log(`[emulator] ${line}`);
  if (reset) {
    if (!stateDir) say("--reset: no state dir (--state-dir or EMULATOR_STATE_DIR), nothing to delete");
    else say(deleteState(stateDir) ? `--reset: deleted the saved state in ${stateDir}` : `--reset: nothing saved in ${stateDir} yet`);
  }
  const redirectUris = (env.EMULATOR_REDIRECT_URIS || DEMO_REDIRECT_URI).split(",").map((s) => s.trim()).filter(Boolean);

  const emulator = createEmulator({
    mode,
    publicUrl,
    clients: [{
      clientId: env.EMULATOR_CLIENT_ID || DEMO_CLIENT_ID,
      clientSecret: env.EMULATOR_CLIENT_SECRET || DEMO_CLIENT_SECRET,
      redirectUris,
      name: "remote-connect-demo",
      displayName: clientDisplayName(env),
      contactEmail: "integrations@remote-connect.example",
      entitlements: { get_oauth_access_tokens: true, send_create_password_email: true },
    }],
    // Test mode stays quiet so test output is readable; paths and statuses only, never query strings.
    log: mode === "test" ? undefined : say,
    stateDir,
    // Persistence lines are rare (start, a bad file, a failed write) and matter in every mode.
    notice: say,
  });
  const running = await emulator.listen(port, host);
  console.log(`Remote emulator listening on http://localhost:${new URL(running.url).port} (${mode})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Save before anything async: `npm start` signals the whole process group, so tsx may relay a
    // second signal while the server is still closing.
    emulator.flush();
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[emulator] error while stopping on ${signal}:`, err);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a repeated signal must hit the guard in stop(), not the default (exit unsaved).
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(`[emulator] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
