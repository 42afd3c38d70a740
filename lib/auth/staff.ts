import "server-only";
import { z } from "zod";
import type { Db } from "../db/client";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { STAFF_ROLES, type StaffRole } from "./roles";

const staffInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "--email must be an e-mail address" })),
  role: z.enum(STAFF_ROLES, { message: "--role must be admin or viewer" }),
  password: z.string().min(MIN_PASSWORD_LENGTH, { message: `--password must have at least ${MIN_PASSWORD_LENGTH} characters` }).max(1024).optional(),
  name: z.string().trim().max(200).optional(),
});

export type StaffInput = z.input<typeof staffInputSchema>;
export type UpsertedStaff = { id: string; email: string; role: StaffRole; created: boolean; generatedPassword?: string };

/** Creates a staff user or resets an existing one (role, password, re-enabled). */
export async function upsertStaffUser(db: Db, input: StaffInput): Promise<UpsertedStaff> {
  const v = staffInputSchema.parse(input);
  const generatedPassword = v.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(v.password ?? generatedPassword!);
  const existing = await db.staffUser.findUnique({ where: { email: v.email }, select: { id: true } });
  const row = await db.staffUser.upsert({
    where: { email: v.email },
    create: { email: v.email, role: v.role, passwordHash, name: v.name ?? null },
    update: { role: v.role, passwordHash, disabledAt: null, ...(v.name ? { name: v.name } : {}) },
    select: { id: true, email: true, role: true },
  });
  // Sign-in attempts counted against the old password no longer apply: every throttle streak of
  // this e-mail (per address and per device) ends with the reset.
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: `signin:email:${v.email}|` } } });
  return { id: row.id, email: row.email, role: v.role, created: !existing, generatedPassword };
}

export function countStaff(db: Db): Promise<number> {
  return db.staffUser.count({ where: { disabledAt: null } });
}
