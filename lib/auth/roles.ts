// Staff roles. Pure module: shared by the auth config, guards, scripts and client components.
export const STAFF_ROLES = ["admin", "viewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** admin may do everything; viewer may look, never act. */
export function roleAllows(role: StaffRole, required: StaffRole): boolean {
  return required === "viewer" || role === "admin";
}
