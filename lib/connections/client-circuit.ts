import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logger } from "../logger";
import { TokenServiceError } from "./errors";
import { CLIENT_REFUSED_MESSAGE, coolDownFor, type TokenFailure } from "./token-failure";

// invalid_client / unauthorized_client are about this app, not a company: one circuit per client.
// While it is open nobody calls Remote's token endpoint (company refreshes and the partner token
// alike); when the cool-down ends exactly one caller, in any process, probes. A probe that fails
// the same way re-opens it for longer; one that gets through closes it.

const circuitId = () => `${getEnv().REMOTE_ENVIRONMENT}:${getEnv().REMOTE_CLIENT_ID}`;

export type ClientCircuitState = { open: boolean; openedAt: Date | null; openUntil: Date | null; code: string | null; message: string | null };

/** For the console banner: is the client refused right now, and why. */
export async function getClientCircuit(): Promise<ClientCircuitState> {
  const row = await getDb().clientCircuit.findUnique({
    where: { id: circuitId() },
    select: { openedAt: true, openUntil: true, lastErrorCode: true, lastErrorMessage: true },
  });
  const open = !!row?.openedAt;
  return {
    open,
    openedAt: row?.openedAt ?? null,
    openUntil: open ? (row?.openUntil ?? null) : null,
    code: open ? (row?.lastErrorCode ?? null) : null,
    message: open ? (row?.lastErrorMessage ?? CLIENT_REFUSED_MESSAGE) : null,
  };
}

function refused(openUntil: Date | null, message: string | null): TokenServiceError {
  const wait = openUntil ? Math.max(0, openUntil.getTime() - Date.now()) : undefined;
  return new TokenServiceError("misconfigured", message ?? CLIENT_REFUSED_MESSAGE, wait);
}

/**
 * Called before a refresh competes for its lease: while the circuit is open (or a probe is out),
 * fail at once, with no write anywhere. One read, on the refresh path only.
 */
export async function assertClientCircuitClosed(): Promise<void> {
  const row = await getDb().clientCircuit.findUnique({ where: { id: circuitId() }, select: { openedAt: true, openUntil: true, lastErrorMessage: true } });
  if (row?.openedAt && row.openUntil && row.openUntil.getTime() > Date.now()) throw refused(row.openUntil, row.lastErrorMessage);
}

/**
 * Called by a refresh holder right before it calls Remote. Closed: go ahead. Open: throws the
 * failure with the time left. Cool-down over: this caller becomes the one probe (until its lease
 * ends), everyone else keeps failing fast.
 */
export async function passClientCircuit(probeMs: number): Promise<{ probe: boolean }> {
  const db = getDb();
  const id = circuitId();
  const row = await db.clientCircuit.findUnique({ where: { id }, select: { openedAt: true, openUntil: true, lastErrorMessage: true } });
  if (!row?.openedAt) return { probe: false };
  const now = new Date();
  if (row.openUntil && row.openUntil > now) throw refused(row.openUntil, row.lastErrorMessage);
  const until = new Date(now.getTime() + probeMs);
  const took = await db.clientCircuit.updateMany({
    where: { id, openedAt: { not: null }, OR: [{ openUntil: null }, { openUntil: { lte: now } }] },
    data: { openUntil: until },
  });
  if (took.count === 1) return { probe: true };
  throw refused(until, row.lastErrorMessage);
}

/** Remote refused our client credentials: open the circuit (audited once), or re-open it after a failed probe. */
export async function openClientCircuit(failure: TokenFailure, probe: boolean): Promise<Date> {
  const db = getDb();
  const id = circuitId();
  const now = new Date();
  await db.clientCircuit.create({ data: { id } }).catch((e: { code?: string }) => {
    if (e?.code !== "P2002") throw e;
  });
  const first = new Date(now.getTime() + coolDownFor(1));
  const opened = await db.clientCircuit.updateMany({
    where: { id, openedAt: null },
    data: { openedAt: now, openUntil: first, consecutiveFailures: 1, lastErrorCode: failure.reason, lastErrorMessage: failure.message },
  });
  if (opened.count === 1) {
    logger.error({ code: failure.reason }, "Remote refused the client credentials; token requests paused for all connections");
    await recordAudit({
      type: "client_circuit.opened",
      actor: SYSTEM,
      message: `Remote refused this app's client credentials (${failure.reason}); token requests are paused for every company until they work again`,
      metadata: { remote_code: failure.reason },
    });
    return first;
  }
  // Already open: a caller that raced the opener leaves it alone; a failed probe backs off further.
  const row = await db.clientCircuit.findUniqueOrThrow({ where: { id }, select: { consecutiveFailures: true, openUntil: true } });
  if (!probe) return row.openUntil ?? first;
  const until = new Date(now.getTime() + coolDownFor(row.consecutiveFailures + 1));
  await db.clientCircuit.updateMany({
    where: { id, openedAt: { not: null } },
    data: { openUntil: until, consecutiveFailures: { increment: 1 }, lastErrorCode: failure.reason, lastErrorMessage: failure.message },
  });
  return until;
}

/** A probe got past client authentication: close the circuit (audited once). */
export async function closeClientCircuit(): Promise<void> {
  const closed = await getDb().clientCircuit.updateMany({
    where: { id: circuitId(), openedAt: { not: null } },
    data: { openedAt: null, openUntil: null, consecutiveFailures: 0 },
  });
  if (closed.count === 1) {
    logger.info("Remote accepts the client credentials again; token requests resumed");
    await recordAudit({ type: "client_circuit.closed", actor: SYSTEM, message: "Remote accepts this app's client credentials again" });
  }
}

/** A probe ended without telling us anything about the credentials (e.g. Remote was down): let the next caller probe. */
export async function releaseClientProbe(): Promise<void> {
  await getDb().clientCircuit.updateMany({ where: { id: circuitId(), openedAt: { not: null } }, data: { openUntil: new Date() } });
}
