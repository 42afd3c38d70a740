// Shared by the bench step files: a real consent for the emulator's demo company, without a browser.
import { completeAuthorization, startAuthorization } from "../../lib/consent/flow";
import { getEnv } from "../../lib/env";

export async function consentDemoCompany(): Promise<string> {
  const q = new URL(await startAuthorization({ browserNonce: "bench" })).searchParams;
  const res = await fetch(`${getEnv().gatewayUrl}/__emulator/authorize`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_id: q.get("client_id"), redirect_uri: q.get("redirect_uri"), state: q.get("state"),
      code_challenge: q.get("code_challenge"), code_challenge_method: "S256",
      company_id: "3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", decision: "allow",
    }),
  });
  const { redirect_to } = (await res.json()) as { redirect_to: string };
  const r = await completeAuthorization(new URL(redirect_to).searchParams, "bench");
  if (!r.ok) throw new Error(r.reason);
  return r.connectionId;
}
