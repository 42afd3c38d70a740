import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "../audit/events";
import { getDb } from "../db";
import { auth } from "./auth";
import { isStaffRole, roleAllows, type StaffRole } from "./roles";

export type Staff = { id: string; email: string; name: string | null; role: StaffRole };

/**
 * The signed-in staff member, re-read from the database on every request so that a disabled user
 * or a changed role takes effect at once (the session cookie only names who signed in).
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const row = await getDb().staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!row || row.disabledAt || !isStaffRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
});

/** Only same-site paths may be used as a post-sign-in destination. */
export function safeCallbackUrl(value: unknown, fallback = "/console"): string {
  // Browsers strip tabs and newlines from URLs ("/\t/evil.example" becomes "//evil.example"), so
  // parse the value against a placeholder origin and keep it only if it stays on that origin.
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const base = "http://same-origin.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** For pages and layouts: the staff member, or a redirect to sign-in (then back to `from`). */
export async function requireStaff(role: StaffRole = "viewer", from = "/console"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(from))}`);
  if (!roleAllows(staff.role, role)) redirect("/console?denied=1");
  return staff;
}

export const NOT_SIGNED_IN = "Your session has ended. Sign in again to continue.";
export const VIEWER_CANNOT_ACT = "Your role is viewer: you can look but not act. Ask an admin to do this.";

export type Guarded = { ok: true; staff: Staff; actor: Actor } | { ok: false; error: string; status: 401 | 403 };

/** For server actions: never throws or redirects; returns a plain error to show the user. */
export async function staffForAction(role: StaffRole): Promise<Guarded> {
  const staff = await currentStaff();
  if (!staff) return { ok: false, error: NOT_SIGNED_IN, status: 401 };
  if (!roleAllows(staff.role, role)) return { ok: false, error: VIEWER_CANNOT_ACT, status: 403 };
  return { ok: true, staff, actor: staffActor(staff) };
}

export function staffActor(staff: Staff): Actor {
  return { type: "staff", id: staff.id, label: staff.email };
}
