"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/audit/events";
import { failure, type ActionResult } from "@/lib/auth/action-result";
import { staffForAction } from "@/lib/auth/guards";
import { createConnectLink } from "@/lib/connect-links/service";
import { refreshConnectionNow, TokenServiceError } from "@/lib/connections/access-token";
import { disconnectConnection } from "@/lib/connections/disconnect";
import { testConnection } from "@/lib/connections/live-data";
import { findConnection } from "@/lib/connections/queries";
import { formatDateTime } from "@/lib/console/format";
import { guardAction } from "@/lib/http/action-error";

const input = z.object({ connectionId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

function done(connectionId: string) {
  revalidatePath(`/console/connections/${connectionId}`);
  revalidatePath("/console");
}

/** The shared frame of every action here: admin only, a valid id, a plain message on failure. */
async function onConnection<T>(
  raw: unknown,
  what: string,
  run: (connectionId: string, actor: Actor) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return guardAction(what, async () => {
    const guard = await staffForAction("admin");
    if (!guard.ok) return failure(guard.error);
    const parsed = input.safeParse(raw);
    if (!parsed.success) return failure("Unknown connection.");
    const { connectionId } = parsed.data;
    try {
      return await run(connectionId, guard.actor);
    } catch (e) {
      // The token service's own failures carry a message meant for staff.
      if (e instanceof TokenServiceError) return failure(e.message);
      throw e;
    } finally {
      done(connectionId);
    }
  });
}

/** Refresh now: forces one (single-flight) token refresh. Never returns the token. */
export async function refreshNowAction(raw: unknown): Promise<ActionResult> {
  return onConnection(raw, "refresh the token", async (connectionId, actor) => {
    const token = await refreshConnectionNow(connectionId, actor);
    return { ok: true, message: `Token refreshed. The new access token is valid until ${formatDateTime(token.expiresAt)}.` };
  });
}

/** Test connection: gets a token and asks Remote who it belongs to. */
export async function testConnectionAction(raw: unknown): Promise<ActionResult> {
  return onConnection(raw, "test the connection", async (connectionId, actor) => {
    const r = await testConnection(connectionId, actor);
    return r.ok ? { ok: true, message: `Remote answered: the token works for ${r.companyName}.` } : failure(`Test failed: ${r.message}`);
  });
}

/** Copy reconnect link: a fresh single-use connect link tied to this connection and its external id. */
export async function reconnectLinkAction(raw: unknown): Promise<ActionResult<{ url: string; expiresAt: string }>> {
  return onConnection(raw, "create a reconnect link", async (connectionId, actor) => {
    const row = await findConnection(connectionId);
    if (!row) return failure("This connection no longer exists.");
    const link = await createConnectLink({ externalId: row.externalId, connectionId, note: `Reconnect ${row.companyName}`, actor });
    return {
      ok: true,
      message: `Reconnect link created; valid until ${formatDateTime(link.expiresAt)}. Send it to an admin of ${row.companyName}.`,
      data: { url: link.url, expiresAt: link.expiresAt.toISOString() },
    };
  });
}

/** Disconnect: erases the stored tokens; the company can reconnect through a link. */
export async function disconnectAction(raw: unknown): Promise<ActionResult> {
  return onConnection(raw, "disconnect", async (connectionId, actor) => {
    await disconnectConnection(connectionId, actor);
    return { ok: true, message: "Disconnected. Its tokens are erased; send a reconnect link to connect it again." };
  });
}
