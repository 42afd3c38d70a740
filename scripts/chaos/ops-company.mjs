// Create-company submissions over HTTP: the public form's server action, called the way the
// browser calls it (Next-Action header, serialized arguments), with the form token from the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "../lib/proc.mjs";
import { CookieJar, http } from "./http.mjs";

/** The action id of submitCompanyAction in the build the app processes run. */
export function submitActionId(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8"));
  const hit = Object.entries(manifest.node).find(([, a]) => a.exportedName === "submitCompanyAction");
  if (!hit) throw new Error(`submitCompanyAction not found in ${distDir}: rebuild with NEXT_DIST_DIR=${distDir} npx next build`);
  return hit[0];
}

let serial = 0;

export function formFor(ctx, token) {
  const n = `${ctx.seed.toString(36)}-${ctx.journal.database[0]}${++serial}`;
  return {
    token,
    link: null,
    values: {
      name: `Chaos ${n} Inc`,
      company_owner_name: `Owner ${n}`,
      company_owner_email: `owner-${n}@chaos.example`,
      country_code: "USA",
      desired_currency: "USD",
      id_type: "tax_number",
      id_number: `CHAOS-${n}`.toUpperCase(),
      phone_number: "+1 415 555 0134",
      email_domain: "",
      external_id: "",
    },
    address: { address: "1709 Broderick St", city: "San Francisco", state: "CA", postal_code: "94115" },
    termsAcceptedMsAgo: 2000,
  };
}

/** The signed result cookie's payload (base64url JSON before the signature): what the done page shows. */
function resultOf(jar) {
  const raw = jar.cookies.get("rc_company_result");
  try {
    return JSON.parse(Buffer.from(raw.split(".")[0], "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/** The form's token, from the page (the RSC payload carries it to the browser). */
export const formToken = (html) => html.match(/cc1\.[A-Za-z0-9_-]{24}\.[0-9a-z]+\.[A-Za-z0-9_-]+/)?.[0];

/** One submit, to the proxy or (`base`) one app process directly: { done, label }. */
export async function submitForm(ctx, form, jar, base = ctx.appUrl) {
  const r = await http(ctx.journal, "create-company", `${base}/create-company`, {
    method: "POST",
    jar,
    headers: { "Next-Action": ctx.actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base },
    body: JSON.stringify([{ outcome: null, token: null, seq: 0 }, form]),
  });
  const redirect = r.headers.get("x-action-redirect") ?? "";
  if (r.status === 200 && redirect.startsWith("/create-company/done")) return { done: true, label: "done" };
  const kind = r.text.match(/"kind":"([a-z_]+)"/)?.[1];
  return { done: false, label: r.status === 200 && kind ? `form: ${kind}` : `${r.status || r.error}` };
}

/**
 * One form, submitted once, or twice at the same time (a double click reaching both processes),
 * and once more after a failure (the user clicks again). The idempotency key is the form token.
 */
export async function createCompany(ctx) {
  const jar = new CookieJar();
  const page = await http(ctx.journal, "create-company", `${ctx.appUrl}/create-company`, { jar });
  const token = formToken(page.text);
  if (page.status !== 200 || !token) {
    // Without a form the page shows a notice (e.g. "Remote is not responding"): its title says which.
    const title = page.text.match(/<h1[^>]*>([^<]+)</)?.[1];
    return `form page ${page.status || page.error}${title ? `: ${title}` : ""}`;
  }
  const form = formFor(ctx, token);
  ctx.journal.submittedForms.push(form.values.name);
  const startAt = Date.now();
  const copies = ctx.rng.chance(0.3) ? 2 : 1;
  let results = await Promise.all(Array.from({ length: copies }, () => submitForm(ctx, form, jar)));
  if (!results.some((r) => r.done) && ctx.rng.chance(0.7)) {
    await new Promise((r) => setTimeout(r, ctx.rng.int(500, 2000)));
    results = [...results, await submitForm(ctx, form, jar)];
  }
  if (!results.some((r) => r.done)) return results[results.length - 1].label;
  const result = resultOf(jar);
  const ack = { name: form.values.name, idempotencyKey: token.split(".").slice(0, 2).join("."), startAt, ackAt: Date.now(), kind: result?.kind, companyId: result?.remoteCompanyId };
  ctx.journal.acks.companies.push(ack);
  if (ack.kind === "connected" && ack.companyId) ctx.journal.established.push({ companyId: ack.companyId, startAt, ackAt: ack.ackAt, via: "company" });
  const done = await http(ctx.journal, "create-company", `${ctx.appUrl}/create-company/done`, { jar });
  return done.status === 200 ? `done${copies > 1 ? " (double submit)" : ""}` : `done page ${done.status || done.error}`;
}
