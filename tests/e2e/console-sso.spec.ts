import type { ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { claimOverrides, inviteStaff, SSO, startOidcProvider, startSsoApp, stopProcess } from "./support/console-oidc";
import { watchCsp } from "./support/csp";

let oidc: Server | undefined;
let app: ChildProcess | undefined;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  oidc = await startOidcProvider();
  app = await startSsoApp();
  inviteStaff("sso-admin@invited.test", "admin");
});

test.afterAll(async () => {
  await stopProcess(app);
  await new Promise<void>((resolve) => (oidc ? oidc.close(() => resolve()) : resolve()));
});

async function signInWithSso(page: Page, login: string) {
  await page.goto(`${SSO.appUrl}/sign-in`);
  await page.getByRole("button", { name: `Continue with ${SSO.providerName}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${SSO.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  await page.waitForURL((u) => u.origin === SSO.appUrl || u.pathname.startsWith("/interaction/"));
  if (page.url().startsWith(SSO.issuer)) await consent.click();
}

test("invited staff sign in through a real OpenID Connect provider with their role", async ({ page }) => {
  const violations = watchCsp(page);
  await signInWithSso(page, "sso-admin@invited.test");
  await expect(page).toHaveURL(`${SSO.appUrl}/console`);
  await expect(page.getByTestId("staff-email")).toHaveText("sso-admin@invited.test");
  await expect(page.getByText("admin", { exact: true })).toBeVisible();
  await page.goto(`${SSO.appUrl}/console/audit?type=staff.signed_in`);
  await expect(page.getByTestId("audit-table")).toContainText("method=oidc");
  await page.goto(`${SSO.appUrl}/console/settings`);
  await expect(page.getByText(`${SSO.appUrl}/api/auth/callback/oidc`)).toBeVisible();
  expect(violations).toEqual([]);
});

test("someone from an allowed domain enters as a viewer; anyone else is refused", async ({ page, browser }) => {
  await signInWithSso(page, "newcomer@sso-allowed.test");
  await expect(page).toHaveURL(`${SSO.appUrl}/console`);
  await expect(page.getByTestId("staff-email")).toHaveText("newcomer@sso-allowed.test");
  await expect(page.getByText("viewer", { exact: true })).toBeVisible();

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await signInWithSso(p2, "stranger@elsewhere.test");
  await expect(p2).toHaveURL(new RegExp(`^${SSO.appUrl}/sign-in\\?error=AccessDenied`));
  await expect(p2.getByTestId("sign-in-notice")).toContainText("not allowed into the console");
  await p2.goto(`${SSO.appUrl}/console`);
  await expect(p2).toHaveURL(/\/sign-in\?callbackUrl=/);
  await other.close();
});

test("the linked identity is matched by its subject: a changed e-mail still signs in, another subject with that e-mail is refused", async ({ browser }) => {
  // sso-admin@invited.test's identity was linked by the first test; the provider now shows another e-mail.
  claimOverrides.set("sso-admin@invited.test", { email: "renamed-admin@invited.test", email_verified: true });
  const renamed = await browser.newContext();
  const p1 = await renamed.newPage();
  await signInWithSso(p1, "sso-admin@invited.test");
  await expect(p1).toHaveURL(`${SSO.appUrl}/console`);
  await expect(p1.getByTestId("staff-email")).toHaveText("sso-admin@invited.test");
  await renamed.close();

  // Someone else at the provider presents the linked user's e-mail, verified or not.
  claimOverrides.set("impostor", { email: "sso-admin@invited.test", email_verified: true });
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await signInWithSso(p2, "impostor");
  await expect(p2).toHaveURL(new RegExp(`^${SSO.appUrl}/sign-in\\?error=AccessDenied&reason=identity_mismatch`));
  await other.close();

  // An unverified e-mail never links a new identity.
  inviteStaff("unverified@invited.test", "viewer");
  claimOverrides.set("unverified@invited.test", { email_verified: false });
  const third = await browser.newContext();
  const p3 = await third.newPage();
  await signInWithSso(p3, "unverified@invited.test");
  await expect(p3).toHaveURL(new RegExp(`^${SSO.appUrl}/sign-in\\?error=AccessDenied&reason=email_not_verified`));
  await third.close();
});
