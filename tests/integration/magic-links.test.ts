import { beforeEach, describe, expect, it } from "vitest";
import { POST as magicLinkRoute } from "@/app/api/v1/connections/[id]/magic-links/route";
import { createApiKey } from "@/lib/api-keys/service";
import { getAccessToken } from "@/lib/connections/access-token";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, emulatorUrl, resetEmulator } from "./support/emulator";
import { ACME, connect } from "./support/consent";

let db: Db;
let key: { id: string; key: string };
let acmeId: string;

type RouteHandler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;

const post = (body: unknown, id = acmeId, handler: RouteHandler = magicLinkRoute) =>
  handler(
    new Request(`http://localhost:3999/api/v1/connections/${id}/magic-links`, {
      method: "POST",
      headers: { authorization: `Bearer ${key.key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );

const magicCalls = async () => (await control<{ path: string }[]>("GET", "/requests?path=/v1/magic-link")).length;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  key = await createApiKey({ name: "backend", actor: { type: "system" } });
  acmeId = (await connect(ACME.id)).connectionId;
  await control("DELETE", "/requests");
});

describe("POST /api/v1/connections/{id}/magic-links", () => {
  it("returns Remote's link for a company admin and audits who asked for whom, never the URL", async () => {
    const res = await post({ user_id: ACME.jane, path: "/dashboard/people?tab=all" });
    expect(res.status).toBe(201);
    const { url } = await res.json();
    expect(new URL(url).pathname).toMatch(/^\/magic-link\/[A-Za-z0-9_-]{20,}$/);
    expect(new URL(url).searchParams.get("redirect_to")).toBe("/dashboard/people?tab=all");
    expect(await magicCalls()).toBe(1);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "magic_link.created" } });
    expect(audit).toMatchObject({ connectionId: acmeId, actorType: "api_key", actorId: key.id });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ user_id: ACME.jane, employment_id: null, path: "/dashboard/people?tab=all" });
    const secret = new URL(url).pathname.split("/").pop()!;
    const everything = JSON.stringify(await db.auditEvent.findMany());
    expect(everything).not.toContain(secret);
  });

  it("returns a link for an employee (employment_id) of the connected company", async () => {
    const { accessToken } = await getAccessToken(acmeId);
    const list = await (await fetch(`${emulatorUrl()}/v1/employments?page_size=1`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
    const employmentId = list.data.employments[0].id as string;
    const res = await post({ employment_id: employmentId });
    expect(res.status).toBe(201);
    expect(new URL((await res.json()).url).searchParams.get("redirect_to")).toBe("/dashboard");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "magic_link.created" } });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ employment_id: employmentId, user_id: null });
  });

  it.each([
    ["trailing slash", { user_id: ACME.jane, path: "/dashboard/" }, /not end with/],
    ["relative path", { user_id: ACME.jane, path: "dashboard" }, /start with/],
    ["bad characters", { user_id: ACME.jane, path: "/a.b" }, /letters, digits/],
    ["both ids", { user_id: ACME.jane, employment_id: "e1" }, /exactly one/],
    ["no id", { path: "/dashboard" }, /exactly one/],
  ])("refuses %s with 400 naming the rule, before calling Remote", async (_name, body, rule) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_request");
    expect(error.message).toMatch(rule);
    expect(await magicCalls()).toBe(0);
    expect(await db.auditEvent.count({ where: { type: "magic_link.created" } })).toBe(0);
  });

  it("maps Remote's 422 for a partner without magic links to magic_links_not_enabled, with what to do", async () => {
    await control("POST", "/config", { magic_links_entitled: false });
    const res = await post({ user_id: ACME.jane });
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe("magic_links_not_enabled");
    expect(error.message).toMatch(/Ask your Remote partner contact to enable magic links/);
    expect(await magicCalls()).toBe(1);
    expect(await db.auditEvent.count({ where: { type: "magic_link.created" } })).toBe(0);
  });

  it("says not_found for a user Remote does not know in this company, and for an unknown connection", async () => {
    const res = await post({ user_id: "5d6e7f80-91a2-4b3c-84d5-e6f7a8b9ca24" }); // Globex's Hank
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
    expect((await post({ user_id: ACME.jane }, "no-such-connection")).status).toBe(404);
  });
});
