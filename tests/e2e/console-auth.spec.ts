import { expect, test } from "@playwright/test";
import { argsFor, callAction, consoleActions, CONSOLE_URLS, createStaff, NOT_SIGNED_IN, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

const ADMIN = { email: "auth-admin@e2e.test", password: "correct-horse-battery-1" };
const LOCKED = { email: "auth-locked@e2e.test", password: "correct-horse-battery-2" };

test.beforeAll(() => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  createStaff(LOCKED.email, "viewer", LOCKED.password);
});

test("an anonymous visitor is sent to sign-in from every console URL, and comes back after signing in", async ({ page }) => {
  for (const url of [...CONSOLE_URLS, "/console/connections/does-not-exist", "/console?status=connected&q=acme"]) {
    await page.goto(url);
    await expect(page, url).toHaveURL(new RegExp(`^${E2E.appUrl}/sign-in\\?callbackUrl=`));
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(url.split("?")[0]);
    await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  }
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/console/audit")}`);
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(`${E2E.appUrl}/console/audit`);
});

test("every console server action refuses an anonymous caller", async ({ request }) => {
  const actions = consoleActions();
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining(["createApiKeyAction", "revokeApiKeyAction", "createLinkAction", "revokeLinkAction", "refreshNowAction", "testConnectionAction", "reconnectLinkAction", "disconnectAction"]),
  );
  for (const action of actions.filter((a) => a.name !== "signOutAction")) {
    const res = await callAction(request, action, argsFor(action.name));
    expect(res.status, action.name).toBe(200);
    expect(res.body, action.name).toContain(NOT_SIGNED_IN);
    expect(res.body, action.name).not.toContain('"ok":true');
  }
});

test("wrong credentials are refused with one message, then sign-in, session and sign-out work", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong e-mail address or password.");
  await page.getByLabel("E-mail").fill("nobody@e2e.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong e-mail address or password.");

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByTestId("staff-email")).toHaveText(ADMIN.email);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: ADMIN.email, role: "admin" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/console");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // Sign-ins, failures and sign-outs are in the audit log.
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/audit?type=staff.sign_in_failed");
  await expect(page.getByTestId("audit-table")).toContainText("reason=wrong_password");
  await expect(page.getByTestId("audit-table")).toContainText("reason=unknown_email");
  await page.goto("/console/audit?type=staff.signed_in");
  await expect(page.getByTestId("audit-table")).toContainText(ADMIN.email);
  await page.goto("/console/audit?type=staff.signed_out");
  await expect(page.getByTestId("audit-table")).toContainText(ADMIN.email);
});

test("guessing slows the guesser down, never the real user; the wait is short, not a lock-out", async ({ page, browser }) => {
  // The real user signed in from this browser before (it keeps a device cookie), then signed out.
  await signIn(page, LOCKED.email, LOCKED.password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);

  // Someone else guesses from another browser (with TRUSTED_PROXY_HOPS=0 every client has the same address).
  const other = await browser.newContext();
  const guesser = await other.newPage();
  const attempt = async (password: string) => {
    await guesser.goto("/sign-in");
    await guesser.getByLabel("E-mail").fill(LOCKED.email);
    await guesser.getByLabel("Password").fill(password);
    await guesser.getByRole("button", { name: "Sign in", exact: true }).click();
  };
  // Five wrong guesses back to back, then each further one only after a wait that doubles (1 s, 2 s, 4 s).
  for (let i = 0; i < 8; i++) {
    if (i >= 5) await guesser.waitForTimeout(2 ** (i - 5) * 1000 + 200);
    await attempt(`guess-number-${i}`);
    await expect(guesser.getByTestId("sign-in-error")).toHaveText("Wrong e-mail address or password.");
  }
  // Now the guesser must wait 8 s, even with the right password.
  await attempt(LOCKED.password);
  await expect(guesser.getByTestId("sign-in-error")).toContainText(/^Too many wrong passwords for this e-mail from here\. Wait [5-8] seconds before trying again/);
  await expect(guesser).toHaveURL(/\/sign-in/);

  // The real user, meanwhile, is not refused.
  await signIn(page, LOCKED.email, LOCKED.password);
  await expect(page.getByTestId("staff-email")).toHaveText(LOCKED.email);

  // And the wait really is a wait, not a lock-out: once it is over the right password works there too.
  await guesser.waitForTimeout(8200);
  await attempt(LOCKED.password);
  await expect(guesser).toHaveURL(`${E2E.appUrl}/console`);
  await other.close();
});

test("a session ends after its lifetime, and a forged cookie is ignored", async ({ page, context }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const session = await (await page.request.get("/api/auth/session")).json();
  const { encode } = await import("next-auth/jwt");
  const salt = "authjs.session-token";
  const mint = async (signedInAt: number) =>
    encode({ secret: E2E.appEnv.AUTH_SECRET, salt, maxAge: 3600, token: { sub: session.user.id, email: ADMIN.email, role: "admin", signedInAt } });
  const now = Math.floor(Date.now() / 1000);
  const setCookie = (value: string) => context.addCookies([{ name: salt, value, url: E2E.appUrl, httpOnly: true, sameSite: "Lax" }]);

  await context.clearCookies();
  await setCookie(await mint(now - 60));
  await page.goto("/console/settings");
  await expect(page).toHaveURL(`${E2E.appUrl}/console/settings`);

  // Signed in longer ago than AUTH_SESSION_MAX_AGE_SECONDS (default 8 h): the session is over.
  await context.clearCookies();
  await setCookie(await mint(now - 9 * 3600));
  await page.goto("/console/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fconsole%2Fsettings/);

  await context.clearCookies();
  await setCookie((await mint(now)).slice(0, -4) + "AAAA");
  await page.goto("/console");
  await expect(page).toHaveURL(/\/sign-in/);
});
