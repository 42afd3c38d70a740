// The load generator: `concurrency` HTTP workers drawing operations from a fixed mix, plus one CLI
// lane that keeps `api-keys:create` and `keys:rotate` running beside the app processes.
import { createCompany } from "./ops-company.mjs";
import { consentRoundTrip } from "./ops-consent.mjs";
import { createKeyByCli, rotateByCli } from "./ops-cli.mjs";
import { accessToken, bogusDelete, createConnectLink, listConnections } from "./ops-partner.mjs";

const OPS = {
  "access-token": accessToken,
  "list-connections": listConnections,
  "connect-link": createConnectLink,
  "bogus-delete": bogusDelete,
  consent: (ctx) => consentRoundTrip(ctx, { viaLink: false }),
  "consent-via-link": (ctx) => consentRoundTrip(ctx, { viaLink: true }),
  "create-company": createCompany,
};

// Token requests dominate, as in production; the writes are frequent enough to race each other.
const MIX = { "access-token": 50, "list-connections": 4, "connect-link": 10, "bogus-delete": 8, consent: 4, "consent-via-link": 4, "create-company": 5 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(ctx, deadline, concurrency) {
  const worker = async () => {
    while (Date.now() < deadline) {
      const kind = ctx.rng.weighted(MIX);
      await ctx.journal.op(kind, () => OPS[kind](ctx));
      await sleep(ctx.rng.int(5, 30)); // a little think time leaves CPU for the app processes
    }
  };
  const cliLane = async () => {
    for (let i = 0; Date.now() < deadline; i++) {
      await ctx.journal.op(i % 2 ? "cli keys:rotate" : "cli api-keys:create", () => (i % 2 ? rotateByCli(ctx) : createKeyByCli(ctx)));
      await sleep(ctx.rng.int(200, 1000));
    }
  };
  await Promise.all([...Array.from({ length: concurrency }, worker), cliLane()]);
}
