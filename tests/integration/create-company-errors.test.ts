import { beforeEach, describe, expect, it } from "vitest";
import { completeAuthorization } from "@/lib/consent/flow";
import { createConnectLink, resolveConnectLink } from "@/lib/connect-links/service";
import { createCompanyWithConsent } from "@/lib/companies/service";
import type { Db } from "@/lib/db";
import { consentVia } from "./support/consent";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { companyPosts, companyValues, creationRequest, emulatorState, issuedTokens } from "./support/companies";

let db: Db;
const CLIENT = "rcemulatordemoclient01";
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

const nothingStored = async () => ({ connections: await db.connection.count(), succeeded: await db.companyCreation.count({ where: { status: { not: "failed" } } }) });

describe("Remote's 422: the message beside the right field, in both shapes", () => {
  it.each(["errors", "message"] as const)("owner email already on Remote (%s shape) → beside the email, with a connect-instead way", async (shape) => {
    await control("POST", "/config", { validation_error_shape: shape });
    const outcome = await createCompanyWithConsent(creationRequest({ values: companyValues({ company_owner_email: "jane@acme.example" }) }));
    expect(outcome).toEqual({
      kind: "invalid",
      fieldErrors: { company_owner_email: "Owner's work email has already been taken" },
      connectPath: "/connect/start",
    });
    expect(await nothingStored()).toEqual({ connections: 0, succeeded: 0 });
  });

  it.each([
    ["errors", { errors: { "address_details.postal_code": ["has invalid format"], phone_number: ["has invalid format"] } }],
    [
      "message",
      {
        message: [
          { code: "invalid_param", message: "address_details.postal_code has invalid format", param: "address_details.postal_code" },
          { code: "invalid_param", message: "phone_number has invalid format", param: "phone_number" },
        ],
      },
    ],
  ])("address_details.x (%s shape) → beside address field x", async (_shape, body) => {
    await control("POST", "/faults", { target: "companies", mode: "error", status: 422, body, times: 1 });
    const outcome = await createCompanyWithConsent(creationRequest());
    expect(outcome).toMatchObject({
      kind: "invalid",
      fieldErrors: { "address.postal_code": "ZIP code has invalid format", phone_number: "Phone number has invalid format" },
    });
    const failed = await db.companyCreation.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "failed", errorCode: "validation" });
  });
});

describe("Remote's 409: connect the existing company instead", () => {
  it("resource_already_exists → /connect/start; a fixed number may then be retried with the same form", async () => {
    const req = creationRequest({ values: companyValues({ id_number: "12-3456789" }) });
    const outcome = await createCompanyWithConsent(req);
    expect(outcome).toMatchObject({ kind: "conflict", code: "resource_already_exists", connectPath: "/connect/start" });
    expect(await nothingStored()).toEqual({ connections: 0, succeeded: 0 });
    expect((await db.auditEvent.findFirstOrThrow({ where: { type: "company.creation_failed" } })).metadata).toContain("resource_already_exists");

    const fixed = await createCompanyWithConsent({ ...req, values: { ...req.values, id_number: "77-1234567" } });
    expect(fixed.kind).toBe("connected");
    expect(await db.companyCreation.count()).toBe(1);
  });

  it("resource_not_eligible from a connect link → /connect/<token>/start, and the link stays usable", async () => {
    const link = await createConnectLink({ externalId: "cust-9", actor: staff });
    const token = link.url.split("/connect/")[1];
    const outcome = await createCompanyWithConsent(creationRequest({ connectLinkToken: token, values: companyValues({ id_number: "98-7654321" }) }));
    expect(outcome).toMatchObject({ kind: "conflict", code: "resource_not_eligible", connectPath: `/connect/${token}/start` });
    expect((await resolveConnectLink(token)).ok).toBe(true);
  });
});

describe("partner not entitled to get_oauth_access_tokens", () => {
  it.each(["action_error", "invalid_params"] as const)("(%s) → created without tokens, then consent through the Authorization Code flow", async (shape) => {
    await control("POST", `/clients/${CLIENT}`, { entitlements: { get_oauth_access_tokens: false } });
    await control("POST", "/config", { not_entitled_shape: shape });
    const link = await createConnectLink({ externalId: "cust-77", actor: staff });
    const token = link.url.split("/connect/")[1];
    const outcome = await createCompanyWithConsent(creationRequest({ connectLinkToken: token }));
    expect(outcome).toMatchObject({ kind: "needs_consent", connectionId: null, connectPath: `/connect/${token}/start` });
    if (outcome.kind !== "needs_consent") return;

    const posts = await companyPosts();
    expect(posts.map((p) => p.status)).toEqual([shape === "action_error" ? 422 : 400, 201]);
    expect(JSON.stringify(posts[1].query ?? "")).not.toContain("get_oauth_access_tokens");
    expect((await emulatorState()).companies.filter((c) => c.id === outcome.remoteCompanyId)).toHaveLength(1);
    expect(await db.companyCreation.findFirstOrThrow()).toMatchObject({ status: "created_without_tokens", remoteCompanyId: outcome.remoteCompanyId });
    expect(await db.connection.count()).toBe(0);

    // The company admin now consents (the connect-link path the result page offers).
    const resolved = await resolveConnectLink(token);
    if (!resolved.ok) throw new Error("link should still be pending");
    const { callback, browser } = await consentVia({ companyId: outcome.remoteCompanyId, connectLinkId: resolved.id });
    const result = await completeAuthorization(callback, browser);
    expect(result).toMatchObject({ ok: true });
    const conn = await db.connection.findFirstOrThrow();
    expect(conn).toMatchObject({ remoteCompanyId: outcome.remoteCompanyId, externalId: "cust-77", source: "consent", status: "connected" });

    // Resubmitting the same form shows the same "one more step" result without calling Remote.
    const again = await createCompanyWithConsent(creationRequest({ idempotencyKey: (await db.companyCreation.findFirstOrThrow()).idempotencyKey }));
    expect(again).toMatchObject({ kind: "needs_consent", repeated: true });
    expect(await companyPosts()).toHaveLength(2);
  });

  it("staff typing an external id get a fresh connect link that carries it through consent", async () => {
    await control("POST", `/clients/${CLIENT}`, { entitlements: { get_oauth_access_tokens: false } });
    const outcome = await createCompanyWithConsent(creationRequest({ values: companyValues({ external_id: "crm-1" }), actor: staff, staff: true }));
    expect(outcome.kind).toBe("needs_consent");
    if (outcome.kind !== "needs_consent") return;
    expect(outcome.connectPath).toMatch(/^\/connect\/[A-Za-z0-9_-]+\/start$/);
    const links = await db.connectLink.findMany();
    expect(links.map((l) => l.externalId)).toEqual(["crm-1"]);
  });

  it("entitled to tokens but not to the password email → tokens kept, email dropped", async () => {
    process.env.REMOTE_SEND_CREATE_PASSWORD_EMAIL = "true";
    (await import("@/lib/env")).resetEnvForTests();
    try {
      await control("POST", `/clients/${CLIENT}`, { entitlements: { send_create_password_email: false } });
      const req = creationRequest();
      const outcome = await createCompanyWithConsent(req);
      expect(outcome).toMatchObject({ kind: "connected", passwordEmailSent: false });
      // A resubmit of the same form reports what really happened, not the setting.
      expect(await createCompanyWithConsent(req)).toMatchObject({ kind: "connected", repeated: true, passwordEmailSent: false, companyName: req.values.name });
    } finally {
      delete process.env.REMOTE_SEND_CREATE_PASSWORD_EMAIL;
      (await import("@/lib/env")).resetEnvForTests();
    }
  });
});

describe("Remote down or rate-limited: a retry message and nothing stored half-done", () => {
  it.each([
    [{ mode: "error", status: 503 }, false],
    [{ mode: "error", status: 502 }, false],
    [{ mode: "timeout" }, false],
    [{ mode: "malformed" }, false],
    [{ mode: "rate_limit", reset_ms: 1500 }, true],
  ])("POST /v1/companies fails (%j) → unavailable; the same form succeeds once Remote is back", async (fault, rateLimited) => {
    await control("POST", "/faults", { target: "companies", times: 1, ...fault });
    const req = creationRequest();
    const outcome = await createCompanyWithConsent(req);
    expect(outcome).toMatchObject({ kind: "unavailable", rateLimited });
    expect(await nothingStored()).toEqual({ connections: 0, succeeded: 0 });
    expect(await db.companyCreation.findFirstOrThrow()).toMatchObject({ status: "failed" });
    expect(await db.auditEvent.count({ where: { type: "company.creation_failed" } })).toBe(1);
    await control("DELETE", "/faults");

    const retry = await createCompanyWithConsent(req);
    expect(retry).toMatchObject({ kind: "connected", repeated: false });
    expect(await db.connection.count()).toBe(1);
    expect(await db.companyCreation.count()).toBe(1);
  });

  it("the partner token cannot be had → unavailable, Remote's company endpoint never called", async () => {
    await control("POST", "/faults", { target: "token", grant: "client_credentials", mode: "error", status: 503 });
    const outcome = await createCompanyWithConsent(creationRequest());
    expect(outcome).toMatchObject({ kind: "unavailable" });
    expect(await companyPosts()).toHaveLength(0);
  });

  it("a partner token Remote refuses with 401 is renewed once, and the company is created once", async () => {
    await control("POST", "/faults", { target: "companies", mode: "error", status: 401, times: 1 });
    const outcome = await createCompanyWithConsent(creationRequest());
    expect(outcome.kind).toBe("connected");
    expect((await companyPosts()).map((p) => p.status)).toEqual([401, 201]);
    expect((await issuedTokens()).length).toBeGreaterThan(0);
  });
});
