import { defineConfig } from "@playwright/test";
import { E2E } from "./tests/e2e/support/ports";

// Real processes: the Remote emulator and the production build of the app (`next start`), each on
// its own port, talking over HTTP. `npm test` builds the app first.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: E2E.appUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: "node_modules/.bin/tsx emulator/src/main.ts",
      url: `${E2E.emulatorUrl}/__emulator/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        EMULATOR_PORT: String(E2E.emulatorPort),
        EMULATOR_MODE: "test",
        EMULATOR_PUBLIC_URL: E2E.emulatorUrl,
        EMULATOR_REDIRECT_URIS: `${E2E.appUrl}/connect/callback`,
      },
    },
    {
      command: "node scripts/e2e/serve-app.mjs",
      url: `${E2E.appUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      // WEBHOOK_ALLOW_PRIVATE_URLS: the webhook specs' receivers listen on 127.0.0.1.
      env: { ...E2E.appEnv, PORT: String(E2E.appPort), WEBHOOK_ALLOW_PRIVATE_URLS: "true" },
    },
  ],
});
