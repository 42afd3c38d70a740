import { describe, expect, it } from "vitest";
import { json, partnerToken, start, tokenRequest, useEmulator } from "./helpers";

const h = useEmulator();
const addFault = async (fault: Record<string, unknown>) => {
  const res = await h.control("POST", "/faults", fault);
  expect(res.status).toBe(201);
  return (await json(res)).id as string;
};

describe("fault injection", () => {
  it("error: answers the configured status (default 503) for the target only", async () => {
    const token = await partnerToken(h);
    await addFault({ target: "countries", mode: "error" });
    const res = await h.call("/v1/countries", { bearer: token });
    expect(res.status).toBe(503);
    expect(await json(res)).toEqual({ message: "Service Unavailable" });
    expect((await h.call("/v1/identity/current", { bearer: token })).status).toBe(200);
    await addFault({ target: "identity", mode: "error", status: 500, body: { message: "boom" } });
    const custom = await h.call("/v1/identity/current", { bearer: token });
    expect(custom.status).toBe(500);
    expect(await json(custom)).toEqual({ message: "boom" });
  });

  it("applies before authentication, like a gateway outage", async () => {
    await addFault({ target: "*", mode: "error", status: 502 });
    expect((await h.call("/v1/countries")).status).toBe(502);
    expect((await tokenRequest(h, { grant_type: "client_credentials" }, { auth: null })).status).toBe(502);
  });

  it("matches token faults by grant", async () => {
    await addFault({ target: "token", grant: "refresh_token", mode: "error", status: 500 });
    expect((await tokenRequest(h, { grant_type: "client_credentials" })).status).toBe(200);
    expect((await tokenRequest(h, { grant_type: "refresh_token", refresh_token: "x" })).status).toBe(500);
  });

  it("times: applies to the next N matching requests, then expires", async () => {
    await addFault({ target: "token", mode: "error", times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await tokenRequest(h, { grant_type: "client_credentials" })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await json(await h.control("GET", "/faults")))).toEqual([]);
  });

  it("latency: delays and then answers normally", async () => {
    await addFault({ target: "token", mode: "latency", latency_ms: 300 });
    const started = Date.now();
    const res = await tokenRequest(h, { grant_type: "client_credentials" });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("timeout: never answers until the client gives up", async () => {
    await addFault({ target: "token", mode: "timeout" });
    const started = Date.now();
    const attempt = h.call("/auth/oauth2/token", {
      method: "POST", body: "grant_type=client_credentials", signal: AbortSignal.timeout(300),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await expect(attempt).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await new Promise((r) => setTimeout(r, 50));
    const logged = await json(await h.control("GET", "/requests?path=/auth"));
    expect(logged.at(-1)).toMatchObject({ status: 499, fault: expect.stringMatching(/^timeout:/) });
  });

  it("timeout: clearing the fault releases parked requests with 504", async () => {
    const id = await addFault({ target: "countries", mode: "timeout" });
    const token = await partnerToken(h);
    const parked = h.call("/v1/countries", { bearer: token });
    await new Promise((r) => setTimeout(r, 100));
    expect((await h.control("DELETE", `/faults/${id}`)).status).toBe(200);
    expect((await parked).status).toBe(504);
    expect((await h.call("/v1/countries", { bearer: token })).status).toBe(200);
  });

  it("timeout: server.close() still finishes while a request is parked", async () => {
    const other = await start();
    await other.control("POST", "/faults", { target: "*", mode: "timeout" });
    const parked = other.call("/v1/countries").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const closed = await Promise.race([other.close().then(() => "closed"), new Promise((r) => setTimeout(() => r("stuck"), 3000))]);
    expect(closed).toBe("closed");
    expect(await parked).toBeInstanceOf(Error);
  });

  it("rate_limit: 429 with x-ratelimit headers and the configured reset", async () => {
    await addFault({ target: "companies", mode: "rate_limit", reset_ms: 12043 });
    const res = await h.call("/v1/companies", { bearer: await partnerToken(h) });
    expect(res.status).toBe(429);
    expect(await json(res)).toEqual({ message: "Too many requests" });
    expect(res.headers.get("x-ratelimit-reset")).toBe("12043");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(res.headers.get("x-ratelimit-count")).toBe("251");
  });

  it("malformed: 200 with an HTML gateway page or truncated JSON", async () => {
    const token = await partnerToken(h);
    await addFault({ target: "employments", mode: "malformed", times: 1 });
    const page = await h.call("/v1/employments", { bearer: token });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    await expect(page.clone().json()).rejects.toThrow();
    await addFault({ target: "schema", mode: "malformed", malformed: "truncated_json" });
    const truncated = await h.call("/v1/companies/schema?country_code=USA&form=address_details", { bearer: token });
    expect(truncated.headers.get("content-type")).toContain("application/json");
    await expect(truncated.json()).rejects.toThrow();
  });

  it("stall_body: sends half of the body, the rest only once the fault is cleared", async () => {
    const token = await partnerToken(h);
    const body = { pad: "z".repeat(100_000) };
    await addFault({ target: "employments", mode: "stall_body", body, latency_ms: 60_000, times: 1 });
    const res = await h.call("/v1/employments", { bearer: token });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let got = 0;
    while (got < 50_000) got += (await reader.read()).value!.byteLength;
    expect(got).toBeLessThan(100_010);
    await h.control("DELETE", "/faults");
    for (let r = await reader.read(); !r.done; r = await reader.read()) got += r.value.byteLength;
    expect(got).toBe(JSON.stringify(body).length);
  });

  it("authorize: faults the consent page too", async () => {
    await addFault({ target: "authorize", mode: "error", status: 500 });
    expect((await h.call("/auth/oauth2/authorize?client_id=x")).status).toBe(500);
  });

  it("lists, deletes one, deletes all, and is cleared by reset", async () => {
    const a = await addFault({ target: "token", mode: "error" });
    await addFault({ target: "countries", mode: "latency", latency_ms: 10 });
    const listed = (await json(await h.control("GET", "/faults")));
    expect(listed.map((f: { id: string }) => f.id)).toContain(a);
    expect(listed[0]).toMatchObject({ target: "token", mode: "error", status: 503, times: null, hits: 0 });
    expect((await h.control("DELETE", `/faults/${a}`)).status).toBe(200);
    expect((await h.control("DELETE", `/faults/${a}`)).status).toBe(404);
    expect((await json(await h.control("GET", "/faults")))).toHaveLength(1);
    await h.control("DELETE", "/faults");
    expect((await json(await h.control("GET", "/faults")))).toHaveLength(0);
    await addFault({ target: "token", mode: "error" });
    await h.control("POST", "/reset");
    expect((await tokenRequest(h, { grant_type: "client_credentials" })).status).toBe(200);
  });

  it("validates fault bodies", async () => {
    for (const bad of [{ target: "nope", mode: "error" }, { target: "token", mode: "explode" }, { target: "token", mode: "error", times: 0 }]) {
      const res = await h.control("POST", "/faults", bad);
      expect(res.status).toBe(400);
      expect((await json(res)).error).toBe("invalid_body");
    }
  });
});
