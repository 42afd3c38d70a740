"use server";
import { signOut } from "@/lib/auth/auth";

/** Ends the staff session (audited as staff.signed_out) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
