import { describe, expect, it } from "vitest";
import { maxInAnyWindow } from "../src/rate-limit";
import { DEMO_CLIENT_ID, json, partnerToken, tokenRequest, useEmulator } from "./helpers";

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

  it("tells a test what it saw from a client: every counted request, the 429s, the most in any sliding minute", async () => {
    await h.control("POST", "/config", { rate_limit_per_minute: 3 });
    const token = await partnerToken(h);
    h.emulator.clock.advance(40_000);
    await h.call("/v1/countries", { bearer: token });
    await h.call("/v1/countries", { bearer: token });
    expect((await h.call("/v1/countries", { bearer: token })).status).toBe(429);
    // Remote's window (opened by the token request) ends; the next minute is a new one.
    h.emulator.clock.advance(20_000);
    await h.call("/v1/countries", { bearer: token });
    const seen = (await json(await h.control("GET", `/rate-limit?client_id=${DEMO_CLIENT_ID}`))) as Record<string, unknown>;
    expect(seen).toMatchObject({ client_id: DEMO_CLIENT_ID, limit_per_minute: 3, counted: 5, limited: 1, window: { count: 1 } });
    // The three at 40 s (one refused) and the one at 60 s share a sliding minute; the token request does not.
    expect(seen.max_in_any_minute).toBe(4);
    expect((seen.requests as { status: unknown }[]).map((r) => r.status)).toEqual(["counted", "counted", "counted", 429, "counted"]);
    await h.control("POST", "/reset");
    expect(await json(await h.control("GET", `/rate-limit?client_id=${DEMO_CLIENT_ID}`))).toMatchObject({ counted: 0, limited: 0, window: null });
    expect((await h.control("GET", "/rate-limit")).status).toBe(400);
  });

  it("counts the most requests in any sliding window", () => {
    expect(maxInAnyWindow([])).toBe(0);
    expect(maxInAnyWindow([0, 59_999, 60_000, 119_999], 60_000)).toBe(2);
    expect(maxInAnyWindow([5, 1, 3, 2], 3)).toBe(3);
  });
});
