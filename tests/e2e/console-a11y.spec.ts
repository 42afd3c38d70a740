import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { consentOnRemote } from "./support/app";
import { createStaff, signIn } from "./support/console-helpers";
import { removeDemoData, seedDemoData } from "./support/console-demo-data";

const ADMIN = { email: "a11y-admin@e2e.test", password: "a11y-password-e2e-1" };
// Set CONSOLE_SCREENSHOTS=1 to refresh the images in docs/screenshots.
const SHOTS = process.env.CONSOLE_SCREENSHOTS ? path.resolve(__dirname, "../../docs/screenshots") : null;

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 800 } });

test.beforeAll(async () => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  await seedDemoData();
});
test.afterAll(async () => removeDemoData());

/** Fails on serious or critical axe violations, on browser-console errors (hydration!) and on sideways scrolling. */
async function check(page: Page, name: string, errors: string[]) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), name).toEqual([]);
  expect(errors, `${name}: browser console errors`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: page scrolls sideways at laptop width`).toBeLessThanOrEqual(0);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource.*(404|favicon)/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("sign-in page", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/sign-in");
  await check(page, "sign-in", errors);
});

test("every console page passes axe, hydrates cleanly and fits a laptop screen", async ({ page }) => {
  test.setTimeout(160_000); // fourteen views, each axe-scanned: slow on a loaded 2-core machine
  // A real connection for the detail page's live data.
  await page.goto("/connect/start");
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page.getByRole("heading", { name: /Acme Robotics GmbH is connected/ })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  const errors = collectErrors(page);
  await page.goto("/console");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await check(page, "connections", errors);

  await page.goto("/console?status=needs_reconnect");
  await check(page, "connections-filtered", errors);

  await page.goto("/console?q=no-such-company-anywhere");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await check(page, "connections-empty-search", errors);

  await page.goto("/console?q=Acme");
  await page.getByTestId("connections-table").getByRole("link", { name: "Acme Robotics GmbH" }).click();
  await page.getByRole("button", { name: "Load live data" }).click();
  await expect(page.getByTestId("live-company-name")).toBeVisible();
  await check(page, "connection-detail", errors);

  await page.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await check(page, "connection-disconnect-dialog", errors);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("button", { name: "Disconnect" })).toBeFocused();

  await page.goto("/console/connections/demo_conn_4");
  await check(page, "connection-needs-reconnect", errors);

  await page.goto("/console/connect-links");
  await page.getByLabel("External id").fill("crm-2042");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel(/New connect link/)).toBeVisible();
  await check(page, "connect-links", errors);

  await page.goto("/console/api-keys");
  await check(page, "api-keys", errors);

  // Nothing listens on port 9: the test event stays queued/retrying, which the table shows too.
  await page.goto("/console/webhooks");
  await page.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/a11y-hook");
  await page.getByRole("checkbox", { name: "connection.needs_reconnect" }).check();
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page.getByLabel(/Signing secret/)).toBeVisible();
  await check(page, "webhooks", errors);
  await page.getByRole("link", { name: "Open the endpoint's deliveries" }).click();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByTestId("deliveries-table")).toContainText("ping");
  await check(page, "webhook-deliveries", errors);
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await check(page, "webhook-rotate-dialog", errors);
  await page.keyboard.press("Escape");

  // Usually empty here: the state then says how to turn relaying on (console-remote-events.spec.ts checks a full list).
  await page.goto("/console/remote-events");
  await expect(page.getByRole("heading", { level: 1, name: "Remote events" })).toBeVisible();
  await check(page, "remote-events-page", errors);

  await page.goto("/console/audit");
  await check(page, "audit-log", errors);

  await page.goto("/console/settings");
  await check(page, "settings", errors);
});

test("the console can be used with the keyboard alone", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByRole("searchbox", { name: "Search" }).focus();
  await page.keyboard.type("Helios");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Helios/);
  const link = page.getByTestId("connections-table").getByRole("link", { name: "Helios Energy SL" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Helios Energy SL" })).toBeVisible();
});
