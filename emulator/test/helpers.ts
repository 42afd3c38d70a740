import { afterAll, beforeAll, beforeEach } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { createEmulator, type Emulator, type EmulatorOptions, type RunningEmulator } from "../src/app";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URI } from "../src/config";
import { SEED_IDS } from "../src/seed/companies";

export { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URI, SEED_IDS };

export interface Harness {
  emulator: Emulator;
  url: string;
  close(): Promise<void>;
  /** fetch relative to the emulator; JSON bodies are serialised for you. */
  call(path: string, init?: RequestInit & { json?: unknown; bearer?: string }): Promise<Response>;
  control(method: string, path: string, json?: unknown): Promise<Response>;
}

export async function start(options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = createEmulator({ mode: "test", ...options });
  const running: RunningEmulator = await emulator.listen(0);
  const call: Harness["call"] = (path, init = {}) => {
    const { json, bearer, headers, ...rest } = init;
    const h = new Headers(headers);
    if (json !== undefined) h.set("content-type", "application/json");
    if (bearer) h.set("authorization", `Bearer ${bearer}`);
    return fetch(`${running.url}${path}`, {
      redirect: "manual", ...rest, headers: h, body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };
  return {
    emulator,
    url: running.url,
    close: running.close,
    call,
    control: (method, path, json) => call(`/__emulator${path}`, { method, json }),
  };
}

export const basic = (id = DEMO_CLIENT_ID, secret = DEMO_CLIENT_SECRET) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

export function tokenRequest(h: Harness, params: Record<string, string>, opts: { json?: boolean; auth?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (opts.auth !== null) headers.authorization = opts.auth ?? basic();
  if (opts.json) {
    return h.call("/auth/oauth2/token", { method: "POST", headers, json: params });
  }
  headers["content-type"] = "application/x-www-form-urlencoded";
  return h.call("/auth/oauth2/token", { method: "POST", headers, body: new URLSearchParams(params).toString() });
}

export function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** Consents through the control API (same code path as the page) and returns the callback URL. */
export async function consent(h: Harness, extra: Record<string, unknown> = {}): Promise<URL> {
  const res = await h.control("POST", "/authorize", {
    client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, state: "st-1", company_id: SEED_IDS.acme,
    decision: "allow", ...extra,
  });
  if (res.status !== 200) throw new Error(`consent failed: ${res.status} ${await res.text()}`);
  return new URL(((await res.json()) as { redirect_to: string }).redirect_to);
}

export async function code(h: Harness, extra: Record<string, unknown> = {}): Promise<string> {
  return (await consent(h, extra)).searchParams.get("code")!;
}

export interface CodeTokens {
  access_token: string; refresh_token: string; expires_in: number; token_type: string; company_id: string; user_id: string;
}

export async function companyTokens(h: Harness, companyId: string = SEED_IDS.acme): Promise<CodeTokens> {
  const c = await code(h, { company_id: companyId });
  const res = await tokenRequest(h, { grant_type: "authorization_code", code: c });
  if (res.status !== 200) throw new Error(`exchange failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CodeTokens;
}

export async function partnerToken(h: Harness): Promise<string> {
  const res = await tokenRequest(h, { grant_type: "client_credentials" });
  return ((await res.json()) as { access_token: string }).access_token;
}

// Test bodies are probed field by field; typing every reply shape would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = async <T = any>(res: Response): Promise<T> => (await res.json()) as T;

/**
 * One emulator per test file (RSA key generation is the slow part), reset to the seed before each
 * test so tests stay independent. The returned harness delegates to the live instance.
 */
export function useEmulator(options: EmulatorOptions = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await start(options);
  });
  afterAll(() => current?.close());
  beforeEach(async () => {
    const res = await current!.control("POST", "/reset");
    if (res.status !== 200) throw new Error(`reset failed: ${res.status}`);
  });
  return {
    get emulator() {
      return current!.emulator;
    },
    get url() {
      return current!.url;
    },
    close: () => current!.close(),
    call: (path, init) => current!.call(path, init),
    control: (method, path, body) => current!.control(method, path, body),
  };
}
