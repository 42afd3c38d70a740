// The console's Remote events (issue #13): the global list (filters, paging, forwarded status, body
// behind a disclosure), a connection's subscription with Re-subscribe and Replay, the relayed event
// types in Settings; viewers read only. Axe-clean. The full relay flow is in remote-relay.spec.ts.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createStaff, signIn } from "./support/console-helpers";
import { REMOTE_DEMO, removeRemoteEvents, seedRemoteEvents } from "./support/remote-events-demo";

const ADMIN = { email: "relay-admin@e2e.test", password: "relay-admin-password-1" };
const VIEWER = { email: "relay-viewer@e2e.test", password: "relay-viewer-password-1" };
const SHOTS = process.env.CONSOLE_SCREENSHOTS ? path.resolve(__dirname, "../../docs/screenshots") : null;

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 800 } });

test.beforeAll(async () => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  createStaff(VIEWER.email, "viewer", VIEWER.password);
  await removeRemoteEvents();
  await seedRemoteEvents();
});
test.afterAll(async () => removeRemoteEvents());

async function axe(page: Page, name: string, shot = true) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), name).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: page scrolls sideways at laptop width`).toBeLessThanOrEqual(0);
  if (SHOTS && shot) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test("the global list shows time, type, company and forwarded status; filters and pages", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Remote events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Remote events" })).toBeVisible();
  const table = page.getByTestId("remote-events-table");
  await expect(table.locator("tbody tr")).toHaveCount(25);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("1–25 of 30");
  // Newest first (the newest was never forwarded), with every other forwarded status on the page.
  const newest = table.locator("tbody tr").first();
  await expect(newest.locator("[data-forwarded]")).toHaveText("Not forwarded");
  await expect(table.locator('[data-forwarded="no_endpoint"]').first()).toHaveText("No endpoint subscribed");
  await expect(table.locator('[data-forwarded="failed"]').first()).toBeVisible();
  await expect(table.locator('[data-forwarded="delivered"]').first()).toBeVisible();
  // The body stays behind a disclosure.
  await expect(newest.getByText('"employment_id"')).toBeHidden();
  await newest.getByText("Show body").click();
  await expect(newest.getByText(/"employment_id": "emp-1029"/)).toBeVisible();
  await axe(page, "remote-events");

  await page.getByRole("link", { name: "Next" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(5);

  await page.getByLabel("Company").selectOption({ label: REMOTE_DEMO.failing.name });
  await page.getByLabel("Event type").selectOption("payslip.released");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/eventType=payslip\.released/);
  const rows = table.locator("tbody tr");
  await expect(rows).not.toHaveCount(0);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-event-type", "payslip.released");
    await expect(row.getByRole("link")).toHaveText(REMOTE_DEMO.failing.name);
  }
  await page.getByLabel("Event type").selectOption("background_check.status.updated");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("empty-state")).toContainText("No Remote event matches these filters.");
  await page.goto("/console/remote-events");
  await table.locator("tbody tr").getByRole("link", { name: REMOTE_DEMO.failing.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: REMOTE_DEMO.failing.name })).toBeVisible();
  await expect(page.getByTestId("remote-subscription")).toBeVisible();
});

test("Settings: an admin relays chosen event types, sees where the value comes from and the re-sync; then turns it off", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/settings");
  const section = page.getByRole("region", { name: "Relayed Remote events" });
  await expect(section.getByTestId("relay-sync-progress")).toBeVisible();
  await section.getByLabel("Chosen event types").check();
  await section.getByLabel("Find event types").fill("onboarding.comp");
  await section.getByRole("checkbox", { name: "employment.onboarding.completed" }).check();
  await section.getByLabel("Find event types").fill("payslip");
  await section.getByRole("button", { name: "Choose all payslip" }).click();
  await expect(section.getByTestId("relayed-count")).toContainText(/^\d+ of \d+ chosen$/);
  const chosen = Number((await section.getByTestId("relayed-count").textContent())?.split(" ")[0]);
  expect(chosen).toBeGreaterThan(1);
  await section.getByRole("button", { name: "Save relayed events" }).click();
  await expect(section.getByTestId("feedback")).toHaveText(new RegExp(`Saved: ${chosen} Remote event types are relayed`));
  await expect(section.getByTestId("relayed-events-source")).toContainText(`Saved in Settings by ${ADMIN.email}`);
  await axe(page, "settings-relayed-events");

  // On a connection: the subscription, Re-subscribe, and a replay window refused before reaching Remote.
  await page.goto(`/console/connections/${REMOTE_DEMO.active.id}`);
  const card = page.getByRole("region", { name: "Remote events" });
  await expect(card.getByTestId("remote-subscription")).toBeVisible();
  await card.getByLabel("From (UTC)").fill("2026-11-02T10:00");
  await card.getByLabel("To (UTC)").fill("2026-11-01T10:00");
  await card.getByRole("button", { name: "Replay" }).click();
  await expect(card.getByTestId("feedback").last()).toHaveText("The window must end after it starts.");
  await card.getByRole("button", { name: "Re-subscribe" }).click();
  await expect(card.getByTestId("feedback").first()).toContainText(`Re-subscription of ${REMOTE_DEMO.active.name} queued`);
  await expect(card.getByTestId("remote-events-table").locator("tbody tr")).not.toHaveCount(0);
  // No screenshot: these demo companies hold no tokens, so the relay's job soon marks them needs-reconnect.
  await axe(page, "connection-remote-events", false);

  await page.goto("/console/settings");
  await section.getByLabel("Nothing (off)").check();
  await section.getByRole("button", { name: "Save relayed events" }).click();
  await expect(section.getByTestId("feedback")).toContainText("relaying is off");
  await expect(section.getByTestId("relayed-events-source")).toContainText("Now relaying off");
});

test("a viewer sees the subscription and the events but no button or form", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/console/connections/${REMOTE_DEMO.failing.id}`);
  const card = page.getByRole("region", { name: "Remote events" });
  await expect(card.getByTestId("remote-subscription")).toBeVisible();
  await expect(card.getByTestId("remote-events-table")).toBeVisible();
  await expect(card.getByRole("button", { name: /Re-subscribe|Replay/ })).toHaveCount(0);
  await page.goto("/console/settings");
  const section = page.getByRole("region", { name: "Relayed Remote events" });
  await expect(section).toContainText("Only admins can change which events are relayed.");
  await expect(section.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await expect(section.getByRole("radio")).toHaveCount(0);
  await page.goto("/console/remote-events");
  await expect(page.getByTestId("remote-events-table")).toBeVisible();
});
