import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import type { Actor } from "../audit/events";
import { RemoteError } from "../remote/errors";
import { getCompany, getIdentity, listEmployments, type RemoteCompany, type RemoteEmployment, type RemoteIdentity } from "../remote/api";
import { TokenServiceError } from "./errors";
import { withCompanyToken } from "./with-token";

export type CompanyLiveData = {
  identity: RemoteIdentity;
  company: RemoteCompany;
  employments: { items: RemoteEmployment[]; totalCount: number; totalPages: number };
  fetchedAt: Date;
};

/** Live data from Remote through the company's access token (renewed once if Remote refuses it). */
export async function fetchCompanyLiveData(connectionId: string, actor: Actor = SYSTEM): Promise<CompanyLiveData> {
  return withCompanyToken(
    connectionId,
    async ({ accessToken, remoteCompanyId }) => {
      const [identity, company, page] = await Promise.all([
        getIdentity(accessToken),
        getCompany(accessToken, remoteCompanyId),
        listEmployments(accessToken, { page: 1, page_size: 10 }),
      ]);
      return {
        identity,
        company,
        employments: { items: page.employments, totalCount: page.total_count, totalPages: page.total_pages },
        fetchedAt: new Date(),
      };
    },
    { actor },
  );
}

/** The message for a failure staff can understand (token service or Remote); undefined for a bug. */
export function liveDataFailure(e: unknown): string | undefined {
  return e instanceof TokenServiceError || e instanceof RemoteError ? `Could not load live data from Remote: ${e.message}` : undefined;
}

/** A cheap end-to-end check for staff: token, then who Remote thinks we are. */
export async function testConnection(connectionId: string, actor: Actor): Promise<{ ok: true; companyName: string } | { ok: false; message: string }> {
  try {
    const identity = await withCompanyToken(connectionId, ({ accessToken }) => getIdentity(accessToken), { actor });
    await recordAudit({ type: "connection.tested", actor, connectionId, metadata: { ok: true } });
    return { ok: true, companyName: identity.company?.name ?? "unknown company" };
  } catch (e) {
    const message = e instanceof TokenServiceError || e instanceof RemoteError ? e.message : "Unexpected error";
    await recordAudit({ type: "connection.tested", actor, connectionId, message, metadata: { ok: false } });
    return { ok: false, message };
  }
}
