export type ConnectLinkState = "pending" | "used" | "expired" | "revoked";

export function connectLinkState(row: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null }, now = new Date()): ConnectLinkState {
  if (row.revokedAt) return "revoked";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}
