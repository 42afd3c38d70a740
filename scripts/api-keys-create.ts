// npm run api-keys:create -- --name NAME — creates a partner API key and prints it as the last line.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createApiKey } from "../lib/api-keys/service";

async function main() {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  if (!values.name) {
    console.error("Usage: npm run api-keys:create -- --name NAME");
    process.exit(2);
  }
  const key = await createApiKey({ name: values.name, actor: { type: "system", label: "api-keys:create (CLI)" } });
  console.log(`Created API key "${key.name}" (${key.prefix}…). It is shown once; store it in your secret manager:`);
  console.log(key.key);
  process.exit(0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
