import { createEmulator } from "./app";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URI } from "./config";
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

// No top-level await: the package is CommonJS, where tsx fails with ERR_REQUIRE_ASYNC_MODULE.
async function main(): Promise<void> {
  const env = process.env;
  const port = readPort(env.EMULATOR_PORT);
  const host = env.EMULATOR_HOST || "127.0.0.1";
  const mode = readMode(env.EMULATOR_MODE);
  // Unset: createEmulator derives http://localhost:<bound port>, which also covers EMULATOR_PORT=0.
  const publicUrl = env.EMULATOR_PUBLIC_URL || undefined;
  const redirectUris = (env.EMULATOR_REDIRECT_URIS || DEMO_REDIRECT_URI).split(",").map((s) => s.trim()).filter(Boolean);

  const emulator = createEmulator({
    mode,
    publicUrl,
    clients: [{
      clientId: env.EMULATOR_CLIENT_ID || DEMO_CLIENT_ID,
      clientSecret: env.EMULATOR_CLIENT_SECRET || DEMO_CLIENT_SECRET,
      redirectUris,
      name: "remote-connect-demo",
      displayName: "Remote Connect (demo)",
      contactEmail: "integrations@remote-connect.example",
      entitlements: { get_oauth_access_tokens: true, send_create_password_email: true },
    }],
    // Test mode stays quiet so test output is readable; paths and statuses only, never query strings.
    log: mode === "test" ? undefined : (line) => console.log(`[emulator] ${line}`),
  });
  const running = await emulator.listen(port, host);
  console.log(`Remote emulator listening on http://localhost:${new URL(running.url).port} (${mode})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[emulator] error while stopping on ${signal}:`, err);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(`[emulator] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
