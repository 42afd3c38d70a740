import { beforeEach, describe, expect, it } from "vitest";
import { checkSubmitQuota } from "@/lib/companies/submit-quota";
import { freshDatabase } from "./support/db";

beforeEach(async () => {
  await freshDatabase();
});

describe("create-company submit quota", () => {
  it("lets an address submit CREATE_COMPANY_SUBMITS_PER_10_MIN times, then asks it to wait; others are unaffected", async () => {
    for (let i = 0; i < 10; i++) expect(await checkSubmitQuota("203.0.113.7")).toEqual({ allowed: true });
    const refused = await checkSubmitQuota("203.0.113.7");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(await checkSubmitQuota("198.51.100.1")).toEqual({ allowed: true });
  });

  it("without a trusted address, all submitters share one bucket of five times the size", async () => {
    for (let i = 0; i < 50; i++) expect((await checkSubmitQuota(null)).allowed).toBe(true);
    expect((await checkSubmitQuota(null)).allowed).toBe(false);
  });
});
