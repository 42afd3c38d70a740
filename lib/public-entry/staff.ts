import "server-only";
import { currentStaff } from "../auth/guards";
import { roleAllows } from "../auth/roles";

/** A signed-in admin opening a public entry from the console (the same test the create-company form uses). Reads, never writes. */
export async function isPublicEntryStaff(): Promise<boolean> {
  try {
    const s = await currentStaff();
    return !!s && roleAllows(s.role, "admin");
  } catch {
    return false;
  }
}
