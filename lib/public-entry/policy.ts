import "server-only";
import { getEnv } from "../env";
import type { PublicEntry } from "../env/schema";

export type EntryKind = "connect" | "create_company";
export type EntryContext = {
  /** The request carries a link minted by the partner (connect link or create-company link); validity is checked elsewhere. */
  link: boolean;
  /** A signed-in staff member (admin) is starting it from the console. */
  staff: boolean;
};

/**
 * Who may start a flow (PUBLIC_ENTRY): `none` only partner-minted links (and staff), `connect` open
 * consent but create-company needs a link, `all` everything. Pure: decides before anything is written.
 */
export function mayStartUnder(mode: PublicEntry, kind: EntryKind, ctx: EntryContext): boolean {
  if (ctx.link || ctx.staff) return true;
  if (mode === "all") return true;
  if (mode === "connect") return kind === "connect";
  return false;
}

/** mayStartUnder with the configured PUBLIC_ENTRY. Use it before any write (PendingAuthorization, rate-limit bucket, audit). */
export function mayStart(kind: EntryKind, ctx: EntryContext): boolean {
  return mayStartUnder(getEnv().PUBLIC_ENTRY, kind, ctx);
}
