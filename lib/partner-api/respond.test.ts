import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { TokenServiceError } from "../connections/errors";
import { DatabaseBusyError } from "../db/errors";
import { logger } from "../logger";
import { ApiProblem, apiJson, readJson, withApiKey } from "./respond";

const auth = vi.hoisted(() => ({ authenticateApiKey: vi.fn() }));
vi.mock("../api-keys/service", () => auth);
const policy = vi.hoisted(() => ({ enforceKeyPolicy: vi.fn() }));
vi.mock("../api-keys/policy", () => policy);
const LIMIT_HEADERS = { "RateLimit-Limit": "600", "RateLimit-Remaining": "599", "RateLimit-Reset": "60" };

const KEY = { id: "k1", name: "ci", prefix: "rck_abcd", scopes: ["connections:read"], connectionExternalIdPrefix: null };
const ok = vi.fn(async () => apiJson({ data: [] }));

const SPEC = { route: "/api/v1/connections", scope: "connections:read" } as const;

function call(handler: Parameters<typeof withApiKey>[1], headers: Record<string, string> = {}, body?: string) {
  const req = new Request("http://localhost/api/v1/connections", { method: body ? "POST" : "GET", headers: { authorization: "Bearer rck_x", ...headers }, body });
  return withApiKey(SPEC, handler)(req, { params: Promise.resolve({}) });
}

async function errorOf(res: Response) {
  const body = await res.json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.request_id).toBe(res.headers.get("x-request-id"));
  expect(body.error.request_id).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
  return body.error as { code: string; message: string; request_id: string };
}

beforeEach(() => {
  vi.spyOn(logger, "warn").mockImplementation(() => undefined);
  auth.authenticateApiKey.mockReset().mockResolvedValue(KEY);
  policy.enforceKeyPolicy.mockReset().mockResolvedValue(LIMIT_HEADERS);
  ok.mockClear();
});
afterEach(() => vi.restoreAllMocks());

describe("withApiKey", () => {
  it("answers 503 temporarily_unavailable with Retry-After when the key check meets a busy database", async () => {
    auth.authenticateApiKey.mockRejectedValue(new DatabaseBusyError("locked", 3500));
    const res = await call(ok);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("4");
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect((await errorOf(res)).code).toBe("temporarily_unavailable");
    expect(ok).not.toHaveBeenCalled();
  });

  it("recognises a DatabaseBusyError from another server layer's copy of the class (same name, not instanceof)", async () => {
    class DatabaseBusyError extends Error {
      readonly name = "DatabaseBusyError";
      readonly retryAfterMs = 5000;
    }
    auth.authenticateApiKey.mockRejectedValue(new DatabaseBusyError("The database stayed locked by another process"));
    const res = await call(ok);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });

  it("maps an unreachable database (Prisma code, nested cause) to 503 with a default Retry-After", async () => {
    const prismaLike = Object.assign(new Error("wrapped"), { cause: Object.assign(new Error("Can't reach database server"), { code: "P1001" }) });
    auth.authenticateApiKey.mockRejectedValue(prismaLike);
    const res = await call(ok);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(2);
    expect((await errorOf(res)).code).toBe("temporarily_unavailable");
  });

  it("turns any other failure of the key check or the handler into a logged 500 JSON, without the error's text", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    auth.authenticateApiKey.mockRejectedValue(new TypeError("secret internals at /srv/app.js"));
    const first = await call(ok);
    expect(first.status).toBe(500);
    const err = await errorOf(first);
    expect(err.code).toBe("internal_error");
    expect(JSON.stringify(err)).not.toContain("secret internals");
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ ref: err.request_id, path: "/api/v1/connections" }), "unexpected error");

    auth.authenticateApiKey.mockResolvedValue(KEY);
    const second = await call(async () => {
      throw new Error("boom");
    });
    expect(second.status).toBe(500);
    expect((await errorOf(second)).code).toBe("internal_error");
  });

  it("echoes a sane X-Request-Id on success and errors, and replaces one that is not", async () => {
    const good = await call(ok, { "x-request-id": "partner-req_42.a:b" });
    expect(good.status).toBe(200);
    expect(good.headers.get("x-request-id")).toBe("partner-req_42.a:b");

    auth.authenticateApiKey.mockResolvedValue(null);
    const denied = await call(ok, { "x-request-id": "partner-req_42" });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await errorOf(denied)).request_id).toBe("partner-req_42");

    for (const bad of ["<script>alert(1)</script>", "x".repeat(65), "a b"]) {
      const res = await call(ok, { "x-request-id": bad });
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f]{16}$/);
    }
    const generated = [await call(ok), await call(ok)].map((r) => r.headers.get("x-request-id"));
    expect(generated[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(generated[0]).not.toBe(generated[1]);
  });

  it("keeps mapping the handler's own failures: invalid body 400, not found 404, token service codes", async () => {
    const bodyRoute = async (req: Request) => apiJson(z.object({ n: z.number() }).strict().parse(await readJson(req)));
    const notJson = await call(bodyRoute, {}, "{nope");
    expect(notJson.status).toBe(400);
    expect(await errorOf(notJson)).toMatchObject({ code: "invalid_request", message: "body: body is not valid JSON" });
    const wrong = await call(bodyRoute, {}, '{"n":"1"}');
    expect((await errorOf(wrong)).message).toMatch(/^n: /);

    const missing = await call(async () => {
      throw new ApiProblem("not_found", "No connection with this id.");
    });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("not_found");

    const limited = await call(async () => {
      throw new TokenServiceError("rate_limited", "Remote is rate limiting.", 1200);
    });
    expect(limited.status).toBe(503);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect((await errorOf(limited)).code).toBe("rate_limited");
  });

  it("runs the key policy with the route's scope (and the connection id for connection routes) before the handler", async () => {
    await call(ok);
    expect(policy.enforceKeyPolicy).toHaveBeenCalledWith(KEY, { scope: "connections:read", connectionId: undefined });
    const spec = { route: "/api/v1/connections/{id}/access-token", scope: "tokens:issue", connectionParam: true } as const;
    await withApiKey(spec, ok)(new Request("http://localhost/x", { headers: { authorization: "Bearer rck_x" } }), { params: Promise.resolve({ id: "c1" }) });
    expect(policy.enforceKeyPolicy).toHaveBeenLastCalledWith(KEY, { scope: "tokens:issue", connectionId: "c1" });
  });

  it("puts the policy's RateLimit-* headers on a success and on the handler's error answers", async () => {
    const good = await call(ok);
    expect(good.status).toBe(200);
    for (const [k, v] of Object.entries(LIMIT_HEADERS)) expect(good.headers.get(k)).toBe(v);

    const missing = await call(async () => {
      throw new ApiProblem("not_found", "No connection with this id.");
    });
    expect(missing.status).toBe(404);
    for (const [k, v] of Object.entries(LIMIT_HEADERS)) expect(missing.headers.get(k)).toBe(v);
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const crashed = await call(async () => {
      throw new Error("boom");
    });
    expect(crashed.status).toBe(500);
    expect(crashed.headers.get("ratelimit-remaining")).toBe("599");
  });

  it("maps the policy's refusals: insufficient_scope 403 and too_many_requests 429 with Retry-After, headers kept, handler not run", async () => {
    policy.enforceKeyPolicy.mockRejectedValueOnce(new ApiProblem("insufficient_scope", "This API key lacks the scope connections:read.", undefined, LIMIT_HEADERS));
    const scoped = await call(ok);
    expect(scoped.status).toBe(403);
    expect(await errorOf(scoped)).toMatchObject({ code: "insufficient_scope", message: "This API key lacks the scope connections:read." });
    expect(scoped.headers.get("ratelimit-limit")).toBe("600");
    expect(scoped.headers.get("retry-after")).toBeNull();

    const spent = { "RateLimit-Limit": "600", "RateLimit-Remaining": "0", "RateLimit-Reset": "42" };
    policy.enforceKeyPolicy.mockRejectedValueOnce(new ApiProblem("too_many_requests", "Too many.", 41_200, spent));
    const limited = await call(ok);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("ratelimit-reset")).toBe("42");
    expect((await errorOf(limited)).code).toBe("too_many_requests");
    expect(ok).not.toHaveBeenCalled();
  });
});
