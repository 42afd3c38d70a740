// Issue #13 end to end, with real processes only: an admin turns relaying on in Settings and adds a
// webhook endpoint, a company connects through Remote's consent page, the app subscribes at the
// emulated Remote (a company-scoped callback), the emulator emits employment.onboarding.completed
// signed Remote's way, and the partner's receiver gets remote.employment.onboarding.completed signed
// the Standard Webhooks way (verified with the standardwebhooks library); the console lists it, and a
// replay asked from the console brings the same body again, which is dropped as a duplicate.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { consentOnRemote, emulator } from "./support/app";
import { open } from "./support/console-demo-data";
import { createStaff, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

const ADMIN = { email: "relay-e2e-admin@e2e.test", password: "relay-e2e-password-1" };
const COMPANY = { name: "Northwind Traders Ltd", admin: /Oliver Bennett — Northwind Traders Ltd/ };
const EVENT = "employment.onboarding.completed";

type Payload = { type: string; data: { connection: { id: string; company_name: string; remote_company_id: string }; remote_event: Record<string, unknown>; received_at: string } };
type Received = { verified: boolean; error?: string; payload?: Payload };
const received: Received[] = [];
let secret = "";
let server: http.Server;
let receiverUrl = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const entry: Received = { verified: false };
      try {
        entry.payload = new Webhook(secret).verify(body, req.headers as Record<string, string>) as Payload;
        entry.verified = true;
      } catch (e) {
        entry.error = (e as Error).message;
      }
      received.push(entry);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/remote-events`;
});

test.afterAll(async () => {
  // Back to REMOTE_WEBHOOK_EVENTS (off in e2e) for the specs that follow.
  const db = await open();
  try {
    await db.run(`DELETE FROM "AppSetting" WHERE "key" = 'remote_webhook_events'`);
  } finally {
    await db.close();
  }
  await new Promise((resolve) => server.close(resolve));
});

test("a connected company's Remote event reaches the partner's endpoint, verified, and shows in the console", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);

  // Relay one event type (Settings overrides REMOTE_WEBHOOK_EVENTS).
  await page.goto("/console/settings");
  await page.getByLabel("Chosen event types").check();
  await page.getByLabel("Find event types").fill("onboarding.completed");
  await page.getByRole("checkbox", { name: EVENT, exact: true }).check();
  await page.getByRole("button", { name: "Save relayed events" }).click();
  await expect(page.getByTestId("relayed-events-source")).toContainText(`1 event type (${EVENT})`);

  // The partner's one endpoint, for every event (relayed Remote events included).
  await page.goto("/console/webhooks");
  await page.getByLabel("Endpoint URL").fill(receiverUrl);
  await page.getByLabel(/Description/).fill("relay e2e receiver");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  secret = await page.getByLabel(/Signing secret: copy it now, you won't see it again/).inputValue();
  expect(secret).toMatch(/^whsec_/);

  // A company admin connects on Remote's consent page.
  const visitor = await page.context().browser()!.newContext();
  const pub = await visitor.newPage();
  await pub.goto(E2E.appUrl);
  await pub.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(pub, COMPANY.admin);
  await expect(pub.getByRole("heading", { name: `${COMPANY.name} is connected to Remote` })).toBeVisible();
  await visitor.close();

  // The subscription job registers one company-scoped callback at Remote pointing at our app.
  const state = await emulator<{ companies: { id: string; name: string }[] }>("GET", "/state");
  const companyId = state.companies.find((c) => c.name === COMPANY.name)!.id;
  type Callback = { id: string; company_id: string; url: string; subscribed_events: string[] };
  await expect.poll(async () => (await emulator<Callback[]>("GET", "/webhook-callbacks")).filter((c) => c.company_id === companyId).length, { timeout: 30_000 }).toBe(1);
  const [callback] = (await emulator<Callback[]>("GET", "/webhook-callbacks")).filter((c) => c.company_id === companyId);
  expect(callback.url).toMatch(new RegExp(`^${E2E.appUrl}/api/remote/webhooks/rcb_[A-Za-z0-9_-]{32}$`));
  expect(callback.subscribed_events).toEqual([EVENT]);

  // Remote emits the event; our app acknowledges the signed delivery.
  const emitted = await emulator<{ event: { id: string; body: string }; callbacks: number }>("POST", `/companies/${companyId}/events?wait=1`, { event_type: EVENT, employment_id: "emp-relay-e2e" });
  expect(emitted.callbacks).toBe(1);
  const attempts = await emulator<{ status: number | null }[]>("GET", `/webhook-deliveries?event_id=${emitted.event.id}`);
  expect(attempts.map((a) => a.status)).toEqual([200]);

  // The partner's receiver gets it once, signed by us, with the connection attached.
  const ours = () => received.filter((r) => r.payload?.type === `remote.${EVENT}`);
  await expect.poll(() => ours().length, { timeout: 30_000 }).toBe(1);
  expect(received.every((r) => r.verified)).toBe(true);
  const { data } = ours()[0].payload!;
  expect(data.connection).toMatchObject({ company_name: COMPANY.name, remote_company_id: companyId });
  expect(data.remote_event).toEqual(JSON.parse(emitted.event.body));
  expect(Date.parse(data.received_at)).not.toBeNaN();

  // A type the callback is not subscribed to never reaches anyone.
  expect((await emulator<{ callbacks: number }>("POST", `/companies/${companyId}/events?wait=1`, { event_type: "payslip.released", employment_id: "e", payslip_id: "p" })).callbacks).toBe(0);

  // The console's Remote events list: time, type, company, forwarded status.
  await page.goto("/console/remote-events");
  const row = page.getByTestId("remote-events-table").locator(`tr[data-event-type="${EVENT}"]`).filter({ hasText: COMPANY.name });
  await expect(async () => {
    await page.reload();
    await expect(row.locator("[data-forwarded]")).toHaveText("Delivered", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: COMPANY.name })).toHaveAttribute("href", `/console/connections/${data.connection.id}`);
  await row.getByText("Show body").click();
  await expect(row.locator("pre")).toContainText('"employment_id": "emp-relay-e2e"');

  // Replay from the connection's page: Remote sends the same body again, the app drops it as seen.
  await row.getByRole("link", { name: COMPANY.name }).click();
  await expect(page.getByText("Active since")).toBeVisible();
  await page.getByLabel("To (UTC)").fill(new Date(Date.now() + 5 * 60_000).toISOString().slice(0, 16));
  await page.getByRole("button", { name: "Replay", exact: true }).click();
  await expect(page.getByText(/Replay asked of Remote/)).toBeVisible();
  type Attempt = { kind: string; status: number | null; body: string };
  await expect.poll(async () => (await emulator<Attempt[]>("GET", `/webhook-deliveries?event_id=${emitted.event.id}`)).map((a) => `${a.kind}:${a.status}`), { timeout: 20_000 })
    .toEqual(["emit:200", "replay:200"]);
  await new Promise((r) => setTimeout(r, 3000)); // what a forwarded duplicate would need to arrive
  expect(ours()).toHaveLength(1);
  await page.goto("/console/remote-events");
  await expect(page.getByTestId("remote-events-table").locator(`tr[data-event-type="${EVENT}"]`).filter({ hasText: COMPANY.name })).toHaveCount(1);
});
