import "server-only";
import { getDb } from "../db";

// Remote has no idempotency header, so the CompanyCreation row is the lock: whoever inserts it
// (or flips a failed one back to pending) is the only caller of Remote for that form key; every
// other submit of the same key waits for that caller's result.
export type CreationStatus = "pending" | "succeeded" | "failed" | "created_without_tokens";

export type CreationRow = {
  id: string;
  status: CreationStatus;
  requestHash: string;
  remoteCompanyId: string | null;
  connectionId: string | null;
  errorCode: string | null;
  companyName: string | null;
  passwordEmailSent: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const select = { id: true, status: true, requestHash: true, remoteCompanyId: true, connectionId: true, errorCode: true, companyName: true, passwordEmailSent: true, createdAt: true, updatedAt: true } as const;

/**
 * How long a second submit waits for the first (a double click usually finds it done within one
 * Remote round trip); after that it answers "still in progress" rather than hold the browser
 * (and a proxy's timeout) for long. A pending row older than STALE_MS was interrupted.
 */
const WAIT_MS = 20_000;
export const STALE_MS = 5 * 60_000;

export async function findCreation(idempotencyKey: string): Promise<CreationRow | null> {
  return (await getDb().companyCreation.findUnique({ where: { idempotencyKey }, select })) as CreationRow | null;
}

export type Claim = { kind: "claimed"; id: string } | { kind: "taken"; row: CreationRow };

/** Atomically becomes the one caller for this key, or reports who already is (or was). */
export async function claimCreation(idempotencyKey: string, requestHash: string, createdBy: string | null): Promise<Claim> {
  const db = getDb();
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await findCreation(idempotencyKey);
    if (!row) {
      try {
        const created = await db.companyCreation.create({ data: { idempotencyKey, requestHash, createdBy, status: "pending" }, select: { id: true } });
        return { kind: "claimed", id: created.id };
      } catch (e) {
        // Lost the insert race (unique key): read again and join the winner.
        if (await findCreation(idempotencyKey)) continue;
        throw e;
      }
    }
    if (row.status !== "failed") return { kind: "taken", row };
    // A failed attempt may be retried with the same key; the status check makes the flip atomic.
    const flipped = await db.companyCreation.updateMany({
      where: { id: row.id, status: "failed" },
      data: { status: "pending", requestHash, errorCode: null, createdBy },
    });
    if (flipped.count === 1) return { kind: "claimed", id: row.id };
  }
  throw new Error("Could not claim the company creation record");
}

/** Polls until the row leaves `pending` (or the wait ends); returns the last row seen. */
export async function waitForCreation(idempotencyKey: string, waitMs = WAIT_MS, pollMs = 200): Promise<CreationRow | null> {
  const until = Date.now() + waitMs;
  for (;;) {
    const row = await findCreation(idempotencyKey);
    if (!row || row.status !== "pending" || Date.now() >= until) return row;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
