import "server-only";
import { connectLinkState, type ConnectLinkState } from "../connect-links/state";
import { getDb } from "../db";
import { parsePrefill } from "./prefill";

export type CreateCompanyLinkRow = {
  id: string;
  externalId: string;
  companyName: string | null;
  ownerEmail: string | null;
  lockOwnerEmail: boolean;
  returnUrl: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  connectionId: string | null;
  state: ConnectLinkState;
};

export const CREATE_LINK_LIST_SIZE = 50;

/** The newest create-company links for the console (never the token or its hash). */
export async function listCreateCompanyLinks(now = new Date()): Promise<{ rows: CreateCompanyLinkRow[]; total: number }> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.createCompanyLink.findMany({
      orderBy: { createdAt: "desc" },
      take: CREATE_LINK_LIST_SIZE,
      select: { id: true, externalId: true, prefill: true, lockOwnerEmail: true, returnUrl: true, note: true, createdBy: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, connectionId: true },
    }),
    db.createCompanyLink.count(),
  ]);
  return {
    total,
    rows: rows.map((r) => {
      const p = parsePrefill(r.prefill);
      return {
        id: r.id,
        externalId: r.externalId,
        companyName: p.company_name ?? null,
        ownerEmail: p.owner_email ?? null,
        lockOwnerEmail: r.lockOwnerEmail,
        returnUrl: r.returnUrl,
        note: r.note,
        createdBy: r.createdBy,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        connectionId: r.connectionId,
        state: connectLinkState(r, now),
      };
    }),
  };
}
