import "server-only";
import { parseEnv, type Env } from "./env/schema";

export type { Env, RemoteEnvironment } from "./env/schema";

let cached: Env | undefined;

/** Validated settings, parsed once per process on first use (never at build time). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Test hook: forget the parsed settings after process.env changed. */
export function resetEnvForTests() {
  cached = undefined;
}
