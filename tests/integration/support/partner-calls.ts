import { afterAll, beforeAll } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { kill, startWorker } from "./processes";

type RouteHandler = (r: Request, c: { params: Promise<never> }) => Promise<Response>;

/** Calls a partner API route handler with a real Request, as Next would. */
export function partnerCall(key: string) {
  return (handler: RouteHandler, opts: { method?: string; params?: Record<string, string>; body?: unknown; auth?: string | null } = {}) =>
    handler(
      new Request("http://localhost:3999/api/v1/webhook-endpoints", {
        method: opts.method ?? "GET",
        headers: { ...(opts.auth === null ? {} : { authorization: opts.auth ?? `Bearer ${key}` }), "content-type": "application/json" },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      }),
      { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
    );
}

/** Sets (or, for undefined, removes) settings and drops the parsed settings cached in this process. */
function applySettings(v: Record<string, string | undefined>): void {
  for (const [k, value] of Object.entries(v)) {
    if (value === undefined) delete process.env[k];
    else process.env[k] = value;
  }
  resetEnvForTests();
}

/** Changes settings for every test of the calling file (registered as its beforeAll/afterAll). */
export function useSettingsForFile(vars: Record<string, string | undefined>): void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  beforeAll(() => applySettings(vars));
  afterAll(() => applySettings(before));
}

/**
 * A Remote rate budget of `n` calls a minute for the calling file's tests (registered afterAll puts
 * the settings back), with timeouts a loaded test machine can meet: a slow reply must not turn into a
 * failure that says nothing about the budget.
 */
export function useBudgetLimit(): (n: number) => void {
  const before = { REMOTE_RATE_LIMIT_PER_MINUTE: undefined, REMOTE_HTTP_TIMEOUT_MS: process.env.REMOTE_HTTP_TIMEOUT_MS, TOKEN_REFRESH_LEASE_SECONDS: process.env.TOKEN_REFRESH_LEASE_SECONDS };
  afterAll(() => applySettings(before));
  return (n) => applySettings({ REMOTE_RATE_LIMIT_PER_MINUTE: String(n), REMOTE_HTTP_TIMEOUT_MS: "8000", TOKEN_REFRESH_LEASE_SECONDS: "20" });
}

/** Runs `fn` with some settings changed, then puts them back (the parsed settings are cached per process). */
export async function withSettings<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  applySettings(vars);
  try {
    return await fn();
  } finally {
    applySettings(before);
  }
}

/** The settings of a real (non-emulator) deployment, enough for the settings check to pass. */
export const REAL_REMOTE = {
  REMOTE_ENVIRONMENT: "sandbox",
  REMOTE_CLIENT_ID: "partner-client-id-for-tests",
  REMOTE_CLIENT_SECRET: "partner-client-secret-for-tests",
};

export type Received = { path: string; id?: string; body: string; verified: boolean[] };

/** support/rotation-receiver.ts in its own process; `log()` returns (and clears) what it received since. */
export async function startRotationReceiver() {
  const { child } = startWorker("tests/integration/support/rotation-receiver.ts", []);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      const m = /"port":(\d+)/.exec(c.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/hook`,
    /** The secrets each request is checked against, in this order. */
    holdSecrets: async (secrets: string[]) => void (await fetch(`${base}/secrets`, { method: "PUT", body: JSON.stringify(secrets) })),
    log: async (): Promise<Received[]> => (await fetch(`${base}/log`)).json(),
    stop: () => kill(child),
  };
}
