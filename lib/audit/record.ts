import "server-only";
import { getDb } from "../db";
import type { Db } from "../db/client";
import { logger } from "../logger";
import type { Actor, AuditEventType } from "./events";

export { SYSTEM } from "./events";

type Tx = Pick<Db, "auditEvent">;

export type AuditInput = {
  type: AuditEventType;
  actor: Actor;
  connectionId?: string | null;
  message?: string;
  /** Ids, codes and counts only; never a token or secret. */
  metadata?: Record<string, string | number | boolean | null | undefined>;
};

/** Appends one audit event (inside the caller's transaction when one is given). */
export async function recordAudit(input: AuditInput, tx: Tx = getDb()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      type: input.type,
      connectionId: input.connectionId ?? null,
      actorType: input.actor.type,
      actorId: "id" in input.actor ? (input.actor.id ?? null) : null,
      actorLabel: input.actor.label ?? null,
      message: input.message ?? null,
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    },
  });
  logger.info({ event: input.type, connectionId: input.connectionId, actor: input.actor.type }, "audit");
}
