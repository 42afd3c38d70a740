// npm run api-keys:create -- --name NAME [--scopes a,b] [--connection-external-id-prefix P]
// Creates a partner API key and prints it as the last line.
import "dotenv/config";
import { parseArgs } from "node:util";
import { API_SCOPES } from "../lib/api-keys/scopes";
import { createApiKey } from "../lib/api-keys/service";

const USAGE = `Usage: npm run api-keys:create -- --name NAME [--scopes ${API_SCOPES.join(",")}] [--connection-external-id-prefix PREFIX]`;

async function main() {
  let values: { name?: string; scopes?: string; "connection-external-id-prefix"?: string };
  try {
    ({ values } = parseArgs({ options: { name: { type: "string" }, scopes: { type: "string" }, "connection-external-id-prefix": { type: "string" } } }));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n${USAGE}`);
    process.exit(2);
  }
  if (!values.name) {
    console.error(USAGE);
    process.exit(2);
  }
  const scopes = values.scopes?.split(",").map((s) => s.trim()).filter(Boolean);
  const key = await createApiKey({
    name: values.name,
    scopes,
    connectionExternalIdPrefix: values["connection-external-id-prefix"],
    actor: { type: "system", label: "api-keys:create (CLI)" },
  });
  if (!scopes) console.log(`No --scopes given: the key has every scope (${key.scopes.join(", ")}).`);
  else console.log(`Scopes: ${key.scopes.join(", ")}.`);
  if (key.connectionExternalIdPrefix) console.log(`Limited to connections whose external id starts with "${key.connectionExternalIdPrefix}".`);
  console.log(`Created API key "${key.name}" (${key.prefix}…). It is shown once; store it in your secret manager:`);
  console.log(key.key);
  process.exit(0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
