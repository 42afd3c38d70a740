// npm run staff:create -- --email E --role admin|viewer [--password P] [--name N]
// Creates a staff user, or resets an existing one's role and password. Without --password it
// prints a generated one-time password (shown once, stored only as an argon2id hash).
import "dotenv/config";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { getDb } from "../lib/db";
import { upsertStaffUser } from "../lib/auth/staff";

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "viewer" },
      password: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.email) {
    console.log("Usage: npm run staff:create -- --email you@company.com --role admin|viewer [--password P] [--name N]");
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const db = getDb();
  try {
    const staff = await upsertStaffUser(db, { email: values.email, role: values.role as "admin", password: values.password, name: values.name });
    console.log(`${staff.created ? "Created" : "Reset"} staff user ${staff.email} (${staff.role}).`);
    if (staff.generatedPassword) {
      console.log("One-time password (shown once, copy it now):");
      console.log(staff.generatedPassword);
    }
  } catch (e) {
    if (e instanceof ZodError) {
      console.error(e.issues.map((i) => i.message).join("\n"));
      process.exitCode = 1;
      return;
    }
    throw e;
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
