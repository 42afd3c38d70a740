import "server-only";
import { getDb } from "./db";
import { getEnv } from "./env";
import { APP_VERSION } from "./version";
import { databaseKind } from "./db/urls";

export type Check = { ok: boolean; latency_ms: number; error?: string };
export type Health = {
  status: "ok" | "degraded";
  version: string;
  remote_environment: string;
  checks: { database: Check & { kind: string }; remote_gateway: Check & { url: string } };
};

async function timed(fn: () => Promise<void>): Promise<Check> {
  const started = performance.now();
  try {
    await fn();
    return { ok: true, latency_ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { ok: false, latency_ms: Math.round(performance.now() - started), error: e instanceof Error ? e.message.split("\n")[0] : "failed" };
  }
}

/** Reachability of the database and of Remote's gateway. Never includes secrets. */
export async function checkHealth(): Promise<Health> {
  const env = getEnv();
  const [database, gateway] = await Promise.all([
    timed(async () => {
      await getDb().$queryRawUnsafe("SELECT 1");
    }),
    timed(async () => {
      // Any HTTP answer proves the gateway is reachable; the token endpoint exists on every environment.
      const res = await fetch(`${env.gatewayUrl}/auth/oauth2/token`, { method: "HEAD", signal: AbortSignal.timeout(3000), cache: "no-store" });
      if (res.status >= 500) throw new Error(`gateway answered HTTP ${res.status}`);
    }),
  ]);
  return {
    status: database.ok && gateway.ok ? "ok" : "degraded",
    version: APP_VERSION,
    remote_environment: env.REMOTE_ENVIRONMENT,
    checks: {
      database: { ...database, kind: databaseKind(env.DATABASE_URL) },
      remote_gateway: { ...gateway, url: env.gatewayUrl },
    },
  };
}
