// Refresh tokens that exist at the emulator for companies not (yet) connected to us, as a partner's
// own integration would hold them: each made by Remote's documented company creation with
// action=get_oauth_access_tokens, straight at the emulator (not through this app or its budget).
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { control, emulatorUrl } from "./emulator";

export type HeldToken = { companyId: string; name: string; refreshToken: string };

const basicAuth = () => `Basic ${Buffer.from(`${process.env.REMOTE_CLIENT_ID}:${process.env.REMOTE_CLIENT_SECRET}`).toString("base64")}`;

async function partnerToken(): Promise<string> {
  const res = await fetch(`${emulatorUrl()}/auth/oauth2/token`, {
    method: "POST",
    headers: { authorization: basicAuth(), "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  if (!res.ok) throw new Error(`client credentials -> ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/**
 * A second refresh token for a company (e.g. one already connected to us), as the partner's own
 * integration got it: Remote's consent decided through the emulator, the code exchanged directly.
 */
export async function heldTokenFor(companyId: string): Promise<string> {
  const verifier = randomBytes(32).toString("base64url");
  const redirectUri = `${process.env.APP_URL}/connect/callback`;
  const { redirect_to } = await control<{ redirect_to: string }>("POST", "/authorize", {
    client_id: process.env.REMOTE_CLIENT_ID,
    redirect_uri: redirectUri,
    state: "own-integration",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    company_id: companyId,
    decision: "allow",
  });
  const code = new URL(redirect_to).searchParams.get("code")!;
  const res = await fetch(`${emulatorUrl()}/auth/oauth2/token`, {
    method: "POST",
    headers: { authorization: basicAuth(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: verifier }).toString(),
  });
  if (!res.ok) throw new Error(`code exchange -> ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { refresh_token: string }).refresh_token;
}

let made = 0;

/**
 * Creates `n` companies at the emulator and answers their refresh tokens. Lifts the emulator's
 * per-minute limit first (these calls count at Remote) and clears its referee history after, so a
 * test sees only what the import itself sent.
 */
export async function mintHeldTokens(n: number, { parallel = 8 } = {}): Promise<HeldToken[]> {
  await control("POST", "/config", { rate_limit_per_minute: 1_000_000 });
  const bearer = await partnerToken();
  const out: HeldToken[] = new Array(n);
  let next = 0;
  const run = Date.now().toString(36);
  async function worker() {
    while (next < n) {
      const i = next++;
      const k = ++made;
      const name = `Imported Co ${run}-${k}`;
      const res = await fetch(`${emulatorUrl()}/v1/companies?action=get_oauth_access_tokens`, {
        method: "POST",
        headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
        body: JSON.stringify({
          name,
          company_owner_email: `owner-${run}-${k}@imported.example`,
          company_owner_name: "Owner Imported",
          country_code: "USA",
          desired_currency: "USD",
          terms_of_service_accepted_at: new Date().toISOString(),
        }),
      });
      if (res.status !== 201) throw new Error(`company creation -> ${res.status}: ${await res.text()}`);
      const { data } = (await res.json()) as { data: { company: { id: string }; tokens: { refresh_token: string } } };
      out[i] = { companyId: data.company.id, name, refreshToken: data.tokens.refresh_token };
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, n) }, worker));
  await control("DELETE", "/rate-limit");
  await control("DELETE", "/requests");
  return out;
}

/** A JSONL import file of these tokens (plus any extra raw lines), as a partner would write it. */
export function writeImportFile(path: string, tokens: HeldToken[], extra: string[] = []): string {
  const lines = tokens.map((t) => JSON.stringify({ refresh_token: t.refreshToken, company_name: t.name }));
  writeFileSync(path, [...lines, ...extra].join("\n") + "\n");
  return path;
}

/** Remote calls the emulator received since the last clear: token grants by type, and identity/current. */
export async function remoteCallCounts(): Promise<{ refresh: number; identity: number; total: number; status429: number }> {
  const list = await control<{ path: string; status: number; grant_type?: string }[]>("GET", "/requests");
  return {
    refresh: list.filter((r) => r.path === "/auth/oauth2/token" && r.grant_type === "refresh_token").length,
    identity: list.filter((r) => r.path.endsWith("/identity/current")).length,
    total: list.length,
    status429: list.filter((r) => r.status === 429).length,
  };
}
