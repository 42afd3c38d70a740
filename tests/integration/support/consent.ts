import { completeAuthorization, startAuthorization } from "@/lib/consent/flow";
import { control } from "./emulator";

export const ACME = { id: "3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", name: "Acme Robotics GmbH", jane: "1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6a71" };
export const GLOBEX = { id: "c5a1d9e2-7f3b-4a6c-8e0d-1b9f2a7c3d56", name: "Globex Corporation", hank: "5d6e7f80-91a2-4b3c-84d5-e6f7a8b9ca24" };

/**
 * Drives the Authorization Code flow over HTTP exactly as a browser would: our start → Remote's
 * authorize (decided through the emulator's control API instead of clicking) → our callback.
 */
export async function consentVia(opts: {
  browser?: string;
  companyId?: string;
  decision?: "allow" | "deny";
  connectLinkId?: string;
}): Promise<{ callback: URLSearchParams; browser: string }> {
  const browser = opts.browser ?? `browser-${Math.random()}`;
  const authorizeUrl = await startAuthorization({ browserNonce: browser, connectLinkId: opts.connectLinkId });
  const redirectTo = await decideAtRemote(authorizeUrl, opts);
  return { callback: new URL(redirectTo).searchParams, browser };
}

/** The company admin's decision on Remote's consent page for this authorize URL; the callback URL Remote redirects to. */
export async function decideAtRemote(authorizeUrl: string, opts: { companyId?: string; decision?: "allow" | "deny" } = {}): Promise<string> {
  const q = new URL(authorizeUrl).searchParams;
  const { redirect_to } = await control<{ redirect_to: string }>("POST", "/authorize", {
    client_id: q.get("client_id"),
    redirect_uri: q.get("redirect_uri"),
    state: q.get("state"),
    code_challenge: q.get("code_challenge"),
    code_challenge_method: q.get("code_challenge_method"),
    company_id: opts.companyId ?? ACME.id,
    decision: opts.decision ?? "allow",
  });
  return redirect_to;
}

export async function connect(companyId = ACME.id, connectLinkId?: string) {
  const { callback, browser } = await consentVia({ companyId, connectLinkId });
  const result = await completeAuthorization(callback, browser);
  if (!result.ok) throw new Error(`consent failed: ${result.reason}`);
  return result;
}
