import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { consentOnRemote, emulator } from "./support/app";
import { createStaff, signIn } from "./support/console-helpers";

const ADMIN = { email: "brand-admin@e2e.test", password: "brand-password-e2e-1" };
// Set CONSOLE_SCREENSHOTS=1 to refresh the branded images in docs/screenshots.
const SHOTS = process.env.CONSOLE_SCREENSHOTS ? path.resolve(__dirname, "../../docs/screenshots") : null;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32" rx="6" fill="#0f766e"/><text x="32" y="22" font-family="sans-serif" font-size="16" fill="#fff" text-anchor="middle">ACME</text></svg>';

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 800 } });

test.beforeAll(async () => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  await emulator("POST", "/reset");
});

async function noSeriousAxeViolations(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), name).toEqual([]);
}

const brandCard = (page: Page) => page.getByRole("region", { name: "Branding of the public pages" });

test("an admin brands the public pages in Settings; landing and result pages show it, and reset returns to the defaults", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/settings");
  const card = brandCard(page);
  await card.getByLabel("Name").fill("Acme HR");
  await card.getByLabel("Primary colour").fill("#fde047");
  await card.getByLabel("Support e-mail (optional)").fill("help@acme.example");
  await card.getByLabel("Privacy policy link (optional)").fill("https://acme.example/privacy");
  await card.getByRole("button", { name: "Save branding" }).click();
  await expect(card.locator("#brand-save-feedback")).toContainText(/below the 4\.5:1 that WCAG AA asks for.*darker shade such as #/);
  await card.getByLabel("Primary colour").fill("#0f766e");
  await card.getByRole("button", { name: "Save branding" }).click();
  await expect(card.locator("#brand-save-feedback")).toContainText("Branding saved");

  await card.getByLabel("Logo file (PNG or SVG, up to 200 KB)").setInputFiles({ name: "acme.svg", mimeType: "image/svg+xml", buffer: Buffer.from(LOGO) });
  await card.getByRole("button", { name: "Upload logo" }).click();
  await expect(card.locator("#brand-logo-feedback")).toContainText("Logo uploaded");

  // The landing page: name, logo from our own origin, colour on the button, title and favicon.
  await page.goto("/");
  await expect(page.getByTestId("brand")).toContainText("Acme HR");
  const logo = page.getByTestId("brand-logo");
  await expect(logo).toHaveAttribute("src", /^\/brand\/logo\?v=[0-9a-f]{16}$/);
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page).toHaveTitle(/^Acme HR( — .+)?$/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/brand\/logo\?v=/);
  const connect = page.getByRole("link", { name: "Connect Remote" });
  await expect(connect).toHaveCSS("background-color", "rgb(15, 118, 110)");
  await expect(page.getByTestId("brand-footer")).toContainText("help@acme.example");
  await noSeriousAxeViolations(page, "branded landing");
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "branded-landing.png"), fullPage: true });

  // The logo itself cannot run script when opened on its own.
  const res = await page.request.get((await logo.getAttribute("src"))!);
  // The route's own sandboxing policy reaches the browser (proxy.ts leaves brand assets alone).
  const csp = res.headers()["content-security-policy"];
  expect(csp).toMatch(/default-src 'none'.*sandbox/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");

  // Through Remote's consent to the result page.
  await connect.click();
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page).toHaveURL(/\/connect\/done/);
  await expect(page.getByText("Acme HR can now work with your Remote company")).toBeVisible();
  await expect(page).toHaveTitle("Acme HR — Connected");
  await expect(page.getByTestId("brand")).toContainText("Acme HR");
  await noSeriousAxeViolations(page, "branded result");
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "branded-result.png"), fullPage: true });

  await page.goto("/connect/error?reason=remote_error");
  await expect(page).toHaveTitle("Acme HR — Connection not completed");
  await expect(page.getByText("Need help? Write to help@acme.example")).toBeVisible();

  // The console keeps its own name.
  await page.goto("/console/settings");
  await expect(page.getByTestId("brand")).toContainText("Remote Connect");
  await brandCard(page).getByRole("button", { name: "Reset to defaults" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset" }).click();
  await expect(brandCard(page).locator("#brand-other-feedback")).toContainText("reset to the defaults");
  await page.goto("/");
  await expect(page.getByTestId("brand")).toContainText("Remote Connect");
  await expect(page.getByTestId("brand-logo")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Connect Remote" })).not.toHaveCSS("background-color", "rgb(15, 118, 110)");
});
