import "server-only";
import { apiUrl } from "./gateway";
import { fetchRemote } from "./http";

export type MagicLinkTarget = { user_id: string } | { employment_id: string };

/**
 * POST /v1/magic-link with a company token: a URL that opens Remote signed in as that admin
 * (user_id) or employee (employment_id). The URL is a credential: callers must not log or store it.
 */
export async function createRemoteMagicLink(accessToken: string, target: MagicLinkTarget, path?: string): Promise<{ url: string }> {
  const r = await fetchRemote(apiUrl("/magic-link"), {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ ...target, ...(path === undefined ? {} : { path }) }),
  });
  const data = (r.body as { data?: { url?: unknown } } | undefined)?.data;
  if (typeof data?.url !== "string") throw new Error("Remote's magic-link reply has no data.url");
  return { url: data.url };
}
