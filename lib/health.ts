import "server-only";
import { headers } from "next/headers";
import { currentStaff } from "./auth/guards";
import { getDb } from "./db";
import { databaseKind } from "./db/urls";
import { getEnv } from "./env";
import { bearerMatches } from "./http/bearer";
import { probeGatewayOnce } from "./remote/gateway-probe";
import { APP_VERSION } from "./version";

export type Check = { ok: boolean; latency_ms: number; error?: string };
export type Health = {
  status: "ok" | "degraded";
  version: string;
  remote_environment: string;
  checks: { database: Check & { kind: string }; remote_gateway: Check & { url: string; checked_at: string } };
};

/** A probe's answer is reused this long, so health traffic never turns into traffic to Remote. */
export const GATEWAY_PROBE_TTL_MS = 30_000;

async function timed(fn: () => Promise<void>, describe: (e: unknown) => string): Promise<Check> {
  const started = performance.now();
  try {
    await fn();
    return { ok: true, latency_ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { ok: false, latency_ms: Math.round(performance.now() - started), error: describe(e) };
  }
}

// The class (and Prisma's code) says what kind of failure it is; a driver's message can carry a host
// name or a user, so it stays in the server's log.
const errorClass = (e: unknown) => {
  const code = (e as { code?: unknown })?.code;
  const name = e instanceof Error ? e.name : "Error";
  return typeof code === "string" && code ? `${name} ${code}` : name;
};

type Probe = { url: string; at: number; check: Check & { checked_at: string } };
let lastProbe: Probe | undefined;
let inflight: { url: string; promise: Promise<Probe> } | undefined;

async function probeGateway(url: string): Promise<Probe> {
  let skipped = false;
  const check = await timed(
    async () => {
      const r = await probeGatewayOnce(url);
      if ("skipped" in r) skipped = true;
      else if (!r.reachable) throw new Error(r.error);
    },
    (e) => (e instanceof Error && e.message.startsWith("gateway answered") ? e.message : errorClass(e)),
  );
  // The rate budget had no room for a probe: the last answer stands (Remote is busy answering us).
  if (skipped && lastProbe?.url === url) return { ...lastProbe, at: Date.now() };
  return { url, at: Date.now(), check: { ...check, checked_at: new Date().toISOString() } };
}

/** The cached gateway check: at most one probe per TTL, shared by every concurrent caller. */
function gatewayCheck(url: string): Promise<Probe> {
  if (lastProbe?.url === url && Date.now() - lastProbe.at < GATEWAY_PROBE_TTL_MS) return Promise.resolve(lastProbe);
  if (inflight?.url === url) return inflight.promise;
  const promise = probeGateway(url).then((p) => {
    lastProbe = p;
    return p;
  });
  inflight = { url, promise: promise.finally(() => (inflight = undefined)) };
  return promise;
}

/** Test hook: forget the cached gateway probe. */
export function resetHealthCacheForTests() {
  lastProbe = undefined;
  inflight = undefined;
}

/** Reachability of the database (each call) and of Remote's gateway (cached). Never includes secrets. */
export async function checkHealth(): Promise<Health> {
  const env = getEnv();
  const [database, gateway] = await Promise.all([
    timed(async () => {
      await getDb().$queryRawUnsafe("SELECT 1");
    }, errorClass),
    gatewayCheck(env.gatewayUrl),
  ]);
  return {
    status: database.ok && gateway.check.ok ? "ok" : "degraded",
    version: APP_VERSION,
    remote_environment: env.REMOTE_ENVIRONMENT,
    checks: {
      database: { ...database, kind: databaseKind(env.DATABASE_URL) },
      remote_gateway: { ...gateway.check, url: env.gatewayUrl },
    },
  };
}

/** Details are for signed-in staff, or a monitor presenting `Authorization: Bearer <HEALTH_DETAILS_TOKEN>`. */
export async function mayReadHealthDetails(): Promise<boolean> {
  try {
    const expected = getEnv().HEALTH_DETAILS_TOKEN;
    const authorization = (await headers()).get("authorization");
    if (authorization) return bearerMatches(authorization, expected);
    return (await currentStaff()) !== null;
  } catch {
    // No request context or the staff lookup failed (database down): the public answer.
    return false;
  }
}
