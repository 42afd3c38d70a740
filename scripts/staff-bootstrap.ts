// Run by `npm start` before the app: when no staff user exists, say how to create one. In emulator
// mode only, create a demo admin and print its e-mail and one-time password.
import "dotenv/config";
import { getDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { countStaff, upsertStaffUser } from "../lib/auth/staff";

export const DEMO_ADMIN_EMAIL = "admin@remote-connect.local";

async function main() {
  const env = getEnv();
  const db = getDb();
  try {
    if ((await countStaff(db)) > 0) return;
    const line = "─".repeat(64);
    if (env.REMOTE_ENVIRONMENT === "emulator") {
      const staff = await upsertStaffUser(db, { email: DEMO_ADMIN_EMAIL, role: "admin", name: "Demo admin" });
      console.log(
        [
          line,
          "No staff user existed, so a demo admin was created (emulator mode only):",
          `  e-mail:   ${staff.email}`,
          `  password: ${staff.generatedPassword}`,
          `Sign in at ${env.APP_URL}/sign-in — this password is shown only once.`,
          "Create your own: npm run staff:create -- --email you@company.com --role admin",
          line,
        ].join("\n"),
      );
      return;
    }
    console.log(
      [
        line,
        "No staff user exists yet, so nobody can sign in to the console.",
        "Create the first admin (prints a one-time password):",
        "  npm run staff:create -- --email you@company.com --role admin",
        env.AUTH_OIDC_ISSUER ? "Single sign-on is configured: invited staff are existing users with the same e-mail." : "",
        line,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(`staff bootstrap: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
