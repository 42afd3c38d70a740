// Ports and the environment of the app processes and the CLI in a chaos run (bench's defaults,
// tuned so that refreshes, faults and lease take-overs all happen within a minute).
import { benchEnv } from "../bench/harness.mjs";

export const PORTS = { proxy: 3300, apps: [3301, 3302], emulator: 4301 };
export const APP_URL = `http://127.0.0.1:${PORTS.proxy}`;
export const EMULATOR_URL = `http://127.0.0.1:${PORTS.emulator}`;

/** Access tokens live 30 s and are handed out while 15 s are left: each company refreshes every ~15 s. */
export const TOKEN_TTL_SECONDS = 30;
export const MIN_TTL_SECONDS = 15;

// Two keys in every ring; the app encrypts under k1. keys:rotate runs alternately with k2 or k1
// first, so it really rewrites values while the apps refresh them (compare-and-swap under load).
const key = (n) => Buffer.alloc(32, n).toString("base64");
export const RING_APPS = `chaos-k1:${key(11)},chaos-k2:${key(12)}`;
export const RING_ROTATED = `chaos-k2:${key(12)},chaos-k1:${key(11)}`;

export function appEnv(databaseUrl) {
  return {
    ...process.env,
    ...benchEnv(EMULATOR_URL, "unused.db", APP_URL),
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-chaos",
    DATABASE_URL: databaseUrl,
    EMULATOR_PORT: String(PORTS.emulator),
    DATABASE_POOL_SIZE: "5",
    TOKEN_ENCRYPTION_KEYS: RING_APPS,
    ACCESS_TOKEN_MIN_TTL_SECONDS: String(MIN_TTL_SECONDS),
    // A timeout fault costs 3 s per attempt, and a SIGKILLed lease holder blocks for 10 s at most.
    REMOTE_HTTP_TIMEOUT_MS: "3000",
    TOKEN_REFRESH_LEASE_SECONDS: "10",
    CREATE_COMPANY_SUBMITS_PER_10_MIN: "100000",
    // Chaos drives consent and sign-up far faster than people do; it tests safety, not abuse limits.
    PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
    PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE: "100000",
    LOG_LEVEL: "warn",
  };
}
