import { describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, json, partnerToken, useEmulator } from "./helpers";

const h = useEmulator();
const URL_A = "https://partner.example/api/remote/webhooks/cb-1";

async function create(token: string, body: Record<string, unknown>) {
  return h.call("/v1/webhook-callbacks", { method: "POST", bearer: token, json: body });
}

describe("POST/PATCH/GET/DELETE /v1/webhook-callbacks", () => {
  it("creates a callback showing the signing key once, lists, updates and deletes it", async () => {
    const { access_token: t } = await companyTokens(h);
    const res = await create(t, { url: URL_A, subscribed_events: ["employment.onboarding.completed", "payslip.released"] });
    expect(res.status).toBe(201);
    const created = (await json(res)).data.webhook_callback;
    expect(created).toEqual({
      id: expect.any(String), url: URL_A, subscribed_events: ["employment.onboarding.completed", "payslip.released"],
      subscribe_to_all_events: false, signing_key: expect.stringMatching(/^\S{32,}$/),
    });

    const listed = await json(await h.call("/v1/webhook-callbacks", { bearer: t }));
    expect(listed).toEqual({ data: [{ id: created.id, url: URL_A, subscribed_events: created.subscribed_events, subscribe_to_all_events: false }] });

    const patched = await h.call(`/v1/webhook-callbacks/${created.id}`, { method: "PATCH", bearer: t, json: { subscribe_to_all_events: true } });
    expect(patched.status).toBe(200);
    expect(await json(patched)).toEqual({ data: { webhook_callback: { id: created.id, url: URL_A, subscribed_events: [], subscribe_to_all_events: true } } });
    const narrowed = await json(await h.call(`/v1/webhook-callbacks/${created.id}`, {
      method: "PATCH", bearer: t, json: { url: `${URL_A}?v=2`, subscribed_events: ["company.activated"] },
    }));
    expect(narrowed.data.webhook_callback).toEqual({ id: created.id, url: `${URL_A}?v=2`, subscribed_events: ["company.activated"], subscribe_to_all_events: false });
    expect(JSON.stringify(narrowed)).not.toContain(created.signing_key);

    expect((await h.call(`/v1/webhook-callbacks/${created.id}`, { method: "DELETE", bearer: t })).status).toBe(200);
    expect(await json(await h.call("/v1/webhook-callbacks", { bearer: t }))).toEqual({ data: [] });
    const again = await h.call(`/v1/webhook-callbacks/${created.id}`, { method: "DELETE", bearer: t });
    expect([again.status, await json(again)]).toEqual([404, { message: "Webhook callback not found" }]);
  });

  it("accepts subscribe_to_all_events alone; refuses both, neither, unknown event types and bad URLs with 422", async () => {
    const { access_token: t } = await companyTokens(h);
    const all = await create(t, { url: URL_A, subscribe_to_all_events: true });
    expect(all.status).toBe(201);
    expect((await json(all)).data.webhook_callback).toMatchObject({ subscribed_events: [], subscribe_to_all_events: true });

    const both = await create(t, { url: URL_A, subscribe_to_all_events: true, subscribed_events: ["company.activated"] });
    expect(both.status).toBe(422);
    expect((await json(both)).errors.subscribed_events[0]).toMatch(/cannot be combined/);
    expect((await create(t, { url: URL_A })).status).toBe(422);
    const unknown = await create(t, { url: URL_A, subscribed_events: ["company.activated", "company.exploded"] });
    expect(unknown.status).toBe(422);
    expect(await json(unknown)).toEqual({ errors: { subscribed_events: ["contains unknown event types: company.exploded"] } });
    for (const url of ["", "ftp://partner.example/x", "not a url"]) {
      const bad = await create(t, { url, subscribed_events: ["company.activated"] });
      expect(bad.status).toBe(422);
      expect(Object.keys((await json(bad)).errors)).toEqual(["url"]);
    }
    const patchUnknown = await h.call(`/v1/webhook-callbacks/${(await json(await h.call("/v1/webhook-callbacks", { bearer: t }))).data[0].id}`, {
      method: "PATCH", bearer: t, json: { subscribed_events: ["nope"] },
    });
    expect(patchUnknown.status).toBe(422);
  });

  it("needs a company token (401 without, 403 for a partner token) and hides other companies' callbacks (404)", async () => {
    expect((await h.call("/v1/webhook-callbacks")).status).toBe(401);
    const anon = await h.call("/v1/webhook-callbacks", { method: "POST", json: { url: URL_A, subscribe_to_all_events: true } });
    expect([anon.status, await json(anon)]).toEqual([401, { message: "Unauthorized" }]);
    expect((await create(await partnerToken(h), { url: URL_A, subscribe_to_all_events: true })).status).toBe(403);

    const acme = await companyTokens(h);
    const globex = await companyTokens(h, SEED_IDS.globex);
    const mine = (await json(await create(acme.access_token, { url: URL_A, subscribe_to_all_events: true }))).data.webhook_callback;
    expect(await json(await h.call("/v1/webhook-callbacks", { bearer: globex.access_token }))).toEqual({ data: [] });
    for (const method of ["PATCH", "DELETE"]) {
      const res = await h.call(`/v1/webhook-callbacks/${mine.id}`, { method, bearer: globex.access_token, json: { url: "https://evil.example/x" } });
      expect(res.status).toBe(404);
    }
    expect((await json(await h.call("/v1/webhook-callbacks", { bearer: acme.access_token }))).data[0].url).toBe(URL_A);
  });

  it("can be taken down by a gateway fault (target webhooks), then works again", async () => {
    const { access_token: t } = await companyTokens(h);
    await h.control("POST", "/faults", { target: "webhooks", mode: "error", status: 503, times: 1 });
    const down = await create(t, { url: URL_A, subscribe_to_all_events: true });
    expect([down.status, await json(down)]).toEqual([503, { message: "Service Unavailable" }]);
    expect((await create(t, { url: URL_A, subscribe_to_all_events: true })).status).toBe(201);
  });

  it("refuses delivery-only fault modes for gateway targets", async () => {
    expect((await h.control("POST", "/faults", { target: "webhooks", mode: "bad_signature" })).status).toBe(400);
    expect((await h.control("POST", "/faults", { target: "webhook_delivery", mode: "bad_signature" })).status).toBe(201);
  });
});
