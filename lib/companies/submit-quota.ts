import "server-only";
import { consume } from "../auth/rate-limit";
import { getDb } from "../db";
import { getEnv } from "../env";

/**
 * Every public submit spends Remote's per-client budget (250 requests a minute for the whole
 * partner), so one network address may only send the form so often.
 */
export async function checkSubmitQuota(address: string | null): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const perAddress = getEnv().CREATE_COMPANY_SUBMITS_PER_10_MIN;
  // Without a trusted proxy every client looks alike (X-Forwarded-For is forgeable): one shared,
  // larger bucket still caps what the public form can spend of Remote's budget.
  const rule = { limit: address ? perAddress : perAddress * 5, windowMs: 10 * 60_000 };
  const r = await consume(getDb(), `create-company:${address ?? "any"}`, rule);
  if (r.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000)) };
}
