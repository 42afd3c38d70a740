// One place for the end-to-end topology so the config, global setup and tests agree.
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
// localhost, not 127.0.0.1: next-auth's CSRF cookie is set for the host the browser used.
const appUrl = `http://localhost:${appPort}`;
const emulatorUrl = `http://localhost:${emulatorPort}`;
// The partner's own app in the return/popup specs: another origin (127.0.0.1, not localhost).
const partnerPort = Number(process.env.E2E_PARTNER_PORT ?? 3160);
const partnerUrl = `http://127.0.0.1:${partnerPort}`;

export const E2E = {
  appPort,
  emulatorPort,
  appUrl,
  emulatorUrl,
  partnerPort,
  partnerUrl,
  databaseUrl: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
  appEnv: {
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    APP_URL: appUrl,
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
    REMOTE_ENVIRONMENT: "emulator",
    EMULATOR_PORT: String(emulatorPort),
    REMOTE_GATEWAY_URL: emulatorUrl,
    REMOTE_CLIENT_ID: "rcemulatordemoclient01",
    REMOTE_CLIENT_SECRET: "emulator-demo-secret-do-not-use-in-production",
    TOKEN_ENCRYPTION_KEYS: "e2e:" + Buffer.alloc(32, 42).toString("base64"),
    AUTH_SECRET: "e2e-auth-secret-0123456789abcdef0123456789",
    LOG_LEVEL: "info",
    // Many browser tests submit the public form from one address.
    CREATE_COMPANY_SUBMITS_PER_10_MIN: "1000",
    CONNECT_RETURN_ORIGINS: partnerUrl,
    // One key sends 1,200 requests at once in data-safety.spec.ts; the per-key limit has its own integration tests.
    API_KEY_RATE_LIMIT_PER_MINUTE: "100000",
    // These processes run `next start` on the build (which is standalone for the deploy smoke): without this,
    // next start prints a warning about standalone output on stderr, which startup-settings.spec.ts reads.
    NEXT_STANDALONE: "off",
  } as Record<string, string>,
};
