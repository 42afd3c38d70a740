// Shared pieces of the webhook delivery tests: a real receiver process, endpoint rows, outbox events.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { sealEndpointSecret } from "@/lib/webhooks/endpoint-secrets";
import { kill, startWorker } from "./processes";

export type Received = { at: number; path: string; host?: string; id?: string; verified: boolean; error?: string; body: string };

/** Starts tests/integration/support/webhook-receiver.ts verifying with `secrets`. */
export async function startReceiver(secrets: string[]) {
  const receiver = startWorker("tests/integration/support/webhook-receiver.ts", [secrets.join(",")]);
  const port = await new Promise<number>((resolve, reject) => {
    receiver.child.stdout!.on("data", (c: Buffer) => {
      const m = /"port":(\d+)/.exec(c.toString());
      if (m) resolve(Number(m[1]));
    });
    receiver.child.on("exit", (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    base,
    received: async (): Promise<Received[]> => (await fetch(`${base}/log`)).json(),
    stop: () => kill(receiver.child),
  };
}

/** A WebhookEndpoint row as the endpoint service would store it. */
export async function endpointRow(url: string, secret: string, extra: { events?: string[]; disabledAt?: Date; failingSince?: Date; createdAt?: Date } = {}) {
  const id = randomUUID();
  return getDb().webhookEndpoint.create({
    data: {
      id,
      url,
      secretEnc: sealEndpointSecret(id, "secret", secret),
      events: extra.events ? JSON.stringify(extra.events) : null,
      disabledAt: extra.disabledAt,
      failingSince: extra.failingSince,
      createdAt: extra.createdAt ?? new Date(Date.now() - 60_000),
    },
  });
}

let seq = 0;
/** An outbox event as a state change would write it. */
export async function connectionEvent(type: "connection.created" | "connection.disconnected" = "connection.created", now = new Date()) {
  const n = ++seq;
  const connection = { id: `conn_${n}`, external_id: `cust-${n}`, remote_company_id: `co_${n}`, company_name: `Company ${n}`, status: "connected", environment: "emulator" };
  return getDb().$transaction((tx) => emit(tx, type, { connection }, now));
}
