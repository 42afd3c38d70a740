import { expect, test, type Page, type Response } from "@playwright/test";
import { createStaff, signIn } from "./support/console-helpers";
import { cspDirectives, watchCsp } from "./support/csp";
import { E2E } from "./support/ports";

const ADMIN = { email: "headers-admin@partner.example", password: "headers-admin-password-1" };

test.beforeAll(() => createStaff(ADMIN.email, "admin", ADMIN.password));

/** The page's policy, checked whole; returns the nonce it allows. */
async function expectPolicy(res: Response | null, status = 200): Promise<string> {
  expect(res?.status()).toBe(status);
  const h = res!.headers();
  const csp = cspDirectives(h["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(csp["script-src"] ?? "")?.[1] ?? "";
  expect(nonce).not.toBe("");
  expect(csp).toMatchObject({
    "default-src": "'self'",
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "object-src": "'none'",
    "base-uri": "'self'",
    "frame-ancestors": "'none'",
    "form-action": `'self' ${E2E.emulatorUrl}`,
  });
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" });
  // APP_URL is http here: no HSTS (a browser ignores it over http anyway).
  expect(h["strict-transport-security"]).toBeUndefined();

  // Every script Next wrote into the HTML carries this request's nonce, and nothing else does.
  const tags = (await res!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce;
}

/** Next's client runtime ran: its scripts were allowed to execute. */
const hydrated = (page: Page) => page.waitForFunction(() => (window as { next?: { appDir?: boolean } }).next?.appDir === true);

test("public pages carry a fresh nonce per request, and their scripts run", async ({ page }) => {
  const violations = watchCsp(page);
  const first = await expectPolicy(await page.goto("/"));
  await hydrated(page);
  expect(await expectPolicy(await page.goto("/"))).not.toBe(first);

  // Changing the country swaps the address fields in the browser: only works if React hydrated.
  await expectPolicy(await page.goto("/create-company"));
  await hydrated(page);
  await page.getByLabel("Country of incorporation").selectOption({ label: "United Kingdom" });
  await expect(page.getByLabel("Postcode")).toBeVisible();
  await page.getByLabel("Country of incorporation").selectOption({ label: "United States" });
  await expect(page.getByLabel("ZIP code")).toBeVisible();

  // The not-found page is rendered per request too: one prerendered at build time has no nonce.
  await expectPolicy(await page.goto("/no-such-page"), 404);
  await hydrated(page);
  expect(violations).toEqual([]);
});

test("sign-in and the console work under the policy, charts included", async ({ page }) => {
  const violations = watchCsp(page);
  await expectPolicy(await page.goto("/sign-in"));
  await hydrated(page);
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const path of ["/console", "/console/audit", "/console/settings"]) {
    await expectPolicy(await page.goto(path));
    await hydrated(page);
  }
  // A client-side navigation (fetches RSC data, no new document) keeps working.
  await page.goto("/console");
  await page.getByRole("link", { name: "Audit log" }).first().click();
  await expect(page).toHaveURL(/\/console\/audit/);
  expect(violations).toEqual([]);
});

test("API routes keep working and get no page policy; the public health answer is {status} only", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
  expect(res.headers()["content-security-policy"]).toBeUndefined();
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});

test("signed-in staff see the health details", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const res = await page.request.get("/api/health");
  expect(await res.json()).toMatchObject({ status: "ok", remote_environment: "emulator", checks: { database: { ok: true }, remote_gateway: { ok: true } } });
});

test("a script injected into the HTML without the nonce does not run, and a page cannot be framed", async ({ page }) => {
  const violations = watchCsp(page);
  // As if some text had slipped into the page unescaped: the app's own response, one tag added.
  await page.route(`${E2E.appUrl}/`, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response: res, body });
  });
  await page.goto("/");
  await hydrated(page);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.join("\n")).toMatch(/inline script violates .*script-src/);
  await page.unroute(`${E2E.appUrl}/`);

  await page.setContent(`<iframe src="${E2E.appUrl}/"></iframe>`);
  await expect.poll(() => violations.some((v) => v.includes("frame-ancestors"))).toBe(true);
  expect(await page.frames()[1].evaluate(() => document.body?.innerText ?? "").catch(() => "")).not.toContain("Remote Connect");
});
