"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/audit/events";
import { failure, recordId, type ActionResult } from "@/lib/auth/action-result";
import { adminAction, type ActionOptions } from "@/lib/auth/admin-action";
import { createConnectLink } from "@/lib/connect-links/service";
import { refreshConnectionNow } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import { disconnectConnection } from "@/lib/connections/disconnect";
import { fetchCompanyLiveData, liveDataFailure, testConnection, type CompanyLiveData } from "@/lib/connections/live-data";
import { findConnection } from "@/lib/connections/queries";
import { formatDateTime } from "@/lib/console/format";

const input = z.object({ connectionId: recordId });

// The token service's own failures carry a message meant for staff.
const tokenMessage = (e: unknown) => (e instanceof TokenServiceError ? e.message : undefined);

/** The shared frame of every change here: admin only, a valid id, the page re-rendered afterwards. */
function onConnection<T = undefined>(what: string, run: (connectionId: string, actor: Actor) => Promise<ActionResult<T>>, opts: Partial<ActionOptions> = {}) {
  return adminAction(
    input,
    async ({ connectionId }, { actor }) => {
      try {
        return await run(connectionId, actor);
      } finally {
        revalidatePath(`/console/connections/${connectionId}`);
        revalidatePath("/console");
      }
    },
    { what, invalid: "Unknown connection.", expected: tokenMessage, ...opts },
  );
}

/** Refresh now: forces one (single-flight) token refresh. Never returns the token. */
export const refreshNowAction = onConnection("refresh the token", async (connectionId, actor) => {
  const token = await refreshConnectionNow(connectionId, actor);
  return { ok: true, message: `Token refreshed. The new access token is valid until ${formatDateTime(token.expiresAt)}.` };
});

/** Test connection: gets a token and asks Remote who it belongs to. */
export const testConnectionAction = onConnection("test the connection", async (connectionId, actor) => {
  const r = await testConnection(connectionId, actor);
  return r.ok ? { ok: true, message: `Remote answered: the token works for ${r.companyName}.` } : failure(`Test failed: ${r.message}`);
});

/** Copy reconnect link: a fresh single-use connect link tied to this connection and its external id. */
export const reconnectLinkAction = onConnection("create a reconnect link", async (connectionId, actor) => {
  const row = await findConnection(connectionId);
  if (!row) return failure("This connection no longer exists.");
  const link = await createConnectLink({ externalId: row.externalId, connectionId, note: `Reconnect ${row.companyName}`, actor });
  return {
    ok: true,
    message: `Reconnect link created; valid until ${formatDateTime(link.expiresAt)}. Send it to an admin of ${row.companyName}.`,
    data: { url: link.url, expiresAt: link.expiresAt.toISOString() },
  };
});

/** Disconnect: erases the stored tokens; the company can reconnect through a link. */
export const disconnectAction = onConnection("disconnect", async (connectionId, actor) => {
  await disconnectConnection(connectionId, actor);
  return { ok: true, message: "Disconnected. Its tokens are erased; send a reconnect link to connect it again." };
});

/**
 * Live data, on request only (opening the page calls nobody): read-only, so viewers may too. Uses
 * the stored token while it is fresh; nothing is re-rendered and no audit row is written.
 */
export const loadLiveDataAction = adminAction(
  input,
  async ({ connectionId }, { actor }): Promise<ActionResult<CompanyLiveData>> => ({ ok: true, message: "Live data loaded.", data: await fetchCompanyLiveData(connectionId, actor) }),
  { what: "load live data from Remote", role: "viewer", invalid: "Unknown connection.", expected: liveDataFailure },
);
