import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, json, start } from "./helpers";
import { expectedSignature, startReceiver } from "./webhook-receiver";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const quiet = { notice: () => {}, publicUrl: "http://emulator.test" };

describe("webhooks in the state dir", () => {
  it("keeps callbacks (with their signing keys) and events across a restart", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "emu-wh-"));
    dirs.push(dir);
    const rx = await startReceiver();
    const a = await start({ stateDir: dir, ...quiet });
    const t = await companyTokens(a);
    const cb = (await json(await a.call("/v1/webhook-callbacks", {
      method: "POST", bearer: t.access_token, json: { url: rx.url, subscribe_to_all_events: true },
    }))).data.webhook_callback;
    const e = (await json(await a.control("POST", `/companies/${SEED_IDS.acme}/events?wait=1`, { event_type: "company.activated" }))).event;
    await a.close();

    const b = await start({ stateDir: dir, ...quiet });
    try {
      const listed = await json(await b.call("/v1/webhook-callbacks", { bearer: t.access_token }));
      expect(listed.data.map((x: { id: string }) => x.id)).toEqual([cb.id]);
      expect((await json(await b.call("/v1/webhook-events", { bearer: t.access_token }))).data.webhook_events[0].id).toBe(e.id);
      expect((await b.call("/v1/webhook-events/replay", { method: "POST", bearer: t.access_token, json: { ids: [e.id] } })).status).toBe(200);
      const [, replayed] = await rx.waitFor(2);
      expect(replayed.body).toBe(e.body);
      expect(replayed.signature).toBe(expectedSignature(cb.signing_key, replayed));
    } finally {
      await b.close();
      await rx.close();
    }
  });
});
