import type { ApiScope } from "@/lib/api-keys/scopes";
import { createApiKey } from "@/lib/api-keys/service";

export type Handler = (r: Request, c: { params: Promise<never> }) => Promise<Response>;

/** A real Request to `url` (the proxy reads its path from it) through the route handler. */
export function call(handler: Handler, key: string, url: string, opts: { method?: string; params?: Record<string, unknown>; body?: unknown } = {}) {
  return handler(
    new Request(`http://localhost:3999${url}`, {
      method: opts.method ?? "GET",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
  );
}

/** The JSON error of an answer ({} when there is none). */
export async function errorOf(res: Response): Promise<{ code?: string; message?: string }> {
  const text = await res.text();
  try {
    return (JSON.parse(text) as { error?: { code: string; message: string } }).error ?? {};
  } catch {
    return {};
  }
}

/** A new API key with these scopes (and external-id prefix). */
export const keyWith = async (scopes: readonly ApiScope[], prefix?: string) =>
  (await createApiKey({ name: `k-${scopes.length}-${prefix ?? ""}`, scopes, connectionExternalIdPrefix: prefix, actor: { type: "system" } })).key;
