import { inject } from "vitest";

/** Calls the emulator's test control API (`/__emulator/*`). */
export const emulatorUrl = () => inject("emulatorUrl");

export async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${emulatorUrl()}/__emulator${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`emulator ${method} ${path} -> ${res.status}: ${await res.text()}`);
  return (res.headers.get("content-type") ?? "").includes("json") ? ((await res.json()) as T) : (undefined as T);
}

export const resetEmulator = () => control("POST", "/reset");

export type LoggedRequest = { method: string; path: string; status: number; grant_type?: string };

export async function tokenCalls(grant?: string): Promise<LoggedRequest[]> {
  const r = await control<{ requests?: LoggedRequest[] } | LoggedRequest[]>("GET", "/requests?path=/auth/oauth2/token");
  const list = Array.isArray(r) ? r : (r.requests ?? []);
  return list.filter((x) => x.path === "/auth/oauth2/token" && (!grant || x.grant_type === grant));
}
