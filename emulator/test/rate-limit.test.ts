import { describe, expect, it } from "vitest";
import { json, partnerToken, tokenRequest, useEmulator } from "./helpers";

const h = useEmulator();

describe("rate limiting per client id", () => {
  it("counts token and API requests together and answers 429 past the limit", async () => {
    await h.control("POST", "/config", { rate_limit_per_minute: 5 });
    const first = await tokenRequest(h, { grant_type: "client_credentials" });
    expect(first.headers.get("x-ratelimit-count")).toBe("1");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("4");
    expect(Number(first.headers.get("x-ratelimit-reset"))).toBeGreaterThan(59_000);
    const token = ((await json(first)) as { access_token: string }).access_token;
    for (let i = 2; i <= 5; i++) {
      const res = await h.call("/v1/countries", { bearer: token });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(5 - i));
    }
    const limited = await h.call("/v1/countries", { bearer: token });
    expect(limited.status).toBe(429);
    expect(await json(limited)).toEqual({ message: "Too many requests" });
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await tokenRequest(h, { grant_type: "client_credentials" })).status).toBe(429);
  });

  it("opens a new window one minute after the first request", async () => {
    await h.control("POST", "/config", { rate_limit_per_minute: 2 });
    const token = await partnerToken(h);
    await h.call("/v1/countries", { bearer: token });
    h.emulator.clock.advance(30_000);
    const limited = await h.call("/v1/countries", { bearer: token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-ratelimit-reset"))).toBeLessThanOrEqual(30_000);
    h.emulator.clock.advance(30_001);
    const fresh = await h.call("/v1/countries", { bearer: token });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("x-ratelimit-count")).toBe("1");
  });

  it("defaults to 250 per minute", async () => {
    const res = await tokenRequest(h, { grant_type: "client_credentials" });
    expect(res.headers.get("x-ratelimit-remaining")).toBe("249");
  });

  it("does not count or decorate unauthenticated requests", async () => {
    const res = await h.call("/v1/countries");
    expect(res.status).toBe(401);
    expect(res.headers.get("x-ratelimit-count")).toBeNull();
  });
});
