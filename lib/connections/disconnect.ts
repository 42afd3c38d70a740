import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { getDb } from "../db";
import { getEnv } from "../env";
import { emit, eventConnection, eventConnectionSelect } from "../events/emit";
import { releaseRemoteSubscription } from "../remote-events/release";
import { TokenServiceError } from "./errors";

/**
 * Disconnects a company: tokens are erased (not just hidden) so nothing can mint access for it
 * any more. Consent on Remote's side stays until the company withdraws it there; Remote has no
 * revocation endpoint.
 */
export async function disconnectConnection(connectionId: string, actor: Actor): Promise<void> {
  // Before the tokens go: deleting the company's webhook callback at Remote needs its token. Best
  // effort and bounded; the outcome is recorded on the subscription, never a reason not to disconnect.
  await releaseRemoteSubscription(connectionId, actor);
  await getDb().$transaction(async (tx) => {
    const row = await tx.connection.findUnique({
      where: { id: connectionId, environment: getEnv().REMOTE_ENVIRONMENT },
      select: { status: true, companyName: true, remoteCompanyId: true },
    });
    if (!row) throw new TokenServiceError("not_found", "No such connection.");
    const after = await tx.connection.update({
      where: { id: connectionId },
      select: eventConnectionSelect,
      data: {
        status: "disconnected",
        refreshTokenEnc: null,
        accessTokenEnc: null,
        accessTokenExpiresAt: null,
        leaseOwner: null,
        leaseExpiresAt: null,
        tokenVersion: { increment: 1 },
        disconnectedAt: new Date(),
      },
    });
    await recordAudit(
      {
        type: "connection.disconnected",
        actor,
        connectionId,
        message: `${row.companyName} disconnected`,
        metadata: { previous_status: row.status, remote_company_id: row.remoteCompanyId },
      },
      tx,
    );
    // Disconnecting twice changes nothing a partner must hear about.
    if (row.status !== "disconnected") await emit(tx, "connection.disconnected", { connection: eventConnection(after) });
  });
}
