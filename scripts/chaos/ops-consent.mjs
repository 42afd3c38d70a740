// The consent round trip over HTTP, as a browser does it: the app's start URL (plain or from a
// connect link), the emulator's consent page, Allow, the app's callback with the browser cookie.
import { CookieJar, http } from "./http.mjs";

const attr = (html, re) => [...html.matchAll(re)].map((m) => m[1]);

/**
 * Plain consents: half the time a seeded company (revocations and reconnects meet there), else any.
 * Link consents: a company not linked before, since a link's external id cannot be attached to a
 * company that already carries another one (the app refuses that, correctly).
 */
function chooseAccount(ctx, accounts, viaLink) {
  const company = (a) => a.split(":")[0];
  if (viaLink) {
    const fresh = accounts.filter((a) => !ctx.linkedCompanies.has(company(a)) && !ctx.seedCompanies.includes(company(a)));
    const account = fresh.length ? ctx.rng.pick(fresh) : ctx.rng.pick(accounts);
    ctx.linkedCompanies.add(company(account));
    return account;
  }
  const seeded = accounts.filter((a) => ctx.seedCompanies.includes(company(a)));
  return ctx.rng.chance(0.5) && seeded.length ? ctx.rng.pick(seeded) : ctx.rng.pick(accounts);
}

/**
 * The browser's way from the app's start URL to Remote's redirect back: the app's 303 to the consent
 * page, the page, Allow for the account `choose(accounts)` picks. Resolves { callbackUrl, companyId }
 * or { failed: label }.
 */
export async function untilCallback(ctx, startUrl, jar, choose) {
  const { journal } = ctx;
  const start = await http(journal, "consent", startUrl, { jar });
  if (start.status !== 303 || !start.location?.startsWith(ctx.emulatorUrl)) return { failed: `start ${start.status || start.error}` };
  const page = await http(journal, "consent", start.location);
  if (page.status !== 200) return { failed: `authorize ${page.status || page.error}` };
  const requestId = attr(page.text, /name="request_id" value="([^"]+)"/g)[0];
  const accounts = attr(page.text, /name="account" value="([^"]+)"/g);
  if (!requestId || accounts.length === 0) return { failed: "consent page without a form" };
  const account = choose(accounts);
  if (!account) return { failed: "company not on the consent page" };
  const decision = await http(journal, "consent", `${ctx.emulatorUrl}/auth/oauth2/authorize/decision`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ request_id: requestId, account, decision: "allow" }).toString(),
  });
  if (decision.status !== 303 || !decision.location) return { failed: `decision ${decision.status || decision.error}` };
  return { callbackUrl: decision.location, companyId: account.split(":")[0] };
}

/** Returns an outcome label; records an acknowledged consent when the app redirects to /connect/done. */
export async function consentRoundTrip(ctx, { viaLink, companyId: wanted }) {
  const { journal, appUrl } = ctx;
  const jar = new CookieJar();
  const link = viaLink ? ctx.freshLinks.shift() : null;
  if (viaLink && !link) return "no link yet";
  const startAt = Date.now();
  let startUrl = `${appUrl}/connect/start`;
  if (link) {
    // The link's landing page first, as a company admin would open it from an e-mail.
    const landing = await http(journal, "consent", link.url, { jar });
    if (landing.status !== 200) return `link page ${landing.status || landing.error}`;
    startUrl = `${link.url}/start`;
  }
  const choose = (accounts) => (wanted ? accounts.find((a) => a.startsWith(`${wanted}:`)) : chooseAccount(ctx, accounts, !!link));
  const { callbackUrl, companyId, failed } = await untilCallback(ctx, startUrl, jar, choose);
  if (failed) return failed;

  const callback = await http(journal, "consent", callbackUrl, { jar });
  if (callback.status !== 303 || !callback.location) return `callback ${callback.status || callback.error}`;
  const target = new URL(callback.location);
  if (target.pathname !== "/connect/done") return `error page: ${target.searchParams.get("reason") ?? target.pathname}`;

  // The 303 to the done page is the acknowledgement: the connection was stored before it was sent.
  const ack = { companyId, startAt, ackAt: Date.now(), linkId: link?.id ?? null, externalId: link?.externalId ?? null, backend: callback.backend };
  journal.acks.consents.push(ack);
  journal.established.push({ companyId, startAt, ackAt: ack.ackAt, via: "consent" });
  const done = await http(journal, "consent", callback.location, { jar });
  return done.status === 200 ? "done" : `done page ${done.status || done.error}`;
}
