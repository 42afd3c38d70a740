import "server-only";
import { consume } from "../auth/rate-limit";
import { getDb } from "../db";
import { getEnv } from "../env";

/**
 * Every public submit spends Remote's per-client budget (250 requests a minute for the whole
 * partner), so one network address may only send the form so often.
 */
export async function checkSubmitQuota(address: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const rule = { limit: getEnv().CREATE_COMPANY_SUBMITS_PER_10_MIN, windowMs: 10 * 60_000 };
  const r = await consume(getDb(), `create-company:${address}`, rule);
  if (r.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000)) };
}
