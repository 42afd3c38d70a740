import "server-only";
import { consume, retryAfterSeconds } from "../rate-limit/bucket";
import { takePublicUnit } from "../rate-limit/public";
import { getDb } from "../db";
import { getEnv } from "../env";

/**
 * A public submit first spends a unit of the public pages' budget (per address and for everyone,
 * like the page itself), then the form's own quota: every submit spends Remote's per-client budget
 * (250 requests a minute for the whole partner), so one network address may only send it so often.
 */
export async function checkSubmitQuota(address: string | null): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const publicUnit = await takePublicUnit(address);
  if (!publicUnit.allowed) return publicUnit;
  const perAddress = getEnv().CREATE_COMPANY_SUBMITS_PER_10_MIN;
  // Without a trusted proxy every client looks alike (X-Forwarded-For is forgeable): one shared,
  // larger bucket still caps what the public form can spend of Remote's budget.
  const rule = { limit: address ? perAddress : perAddress * 5, windowMs: 10 * 60_000 };
  const r = await consume(getDb(), `create-company:${address ?? "any"}`, rule);
  if (r.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: retryAfterSeconds(r) };
}
