// npm run connections:import -- --file tokens.jsonl — imports refresh tokens the partner already holds
// (one JSON object a line: refresh_token, optional external_id and company_name). Each is verified by
// one refresh within the shared Remote rate budget and stored sealed; running the file again is a
// no-op for what is already imported. The file's content is never printed or logged.
// Exit codes: 0 nothing failed (dead tokens are a result), 1 some lines failed or are invalid (or a
// fatal error), 2 usage error.
import "dotenv/config";
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkSettingsOrExit } from "../lib/env/startup-check";
import { ImportReport } from "../lib/connections/import-report";

process.env.LOG_LEVEL ??= "warn";

const USAGE = "Usage: npm run connections:import -- --file tokens.jsonl [--concurrency 4]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function args() {
  let values;
  try {
    ({ values } = parseArgs({ options: { file: { type: "string" }, concurrency: { type: "string" }, help: { type: "boolean" } }, strict: true }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.file) usage("--file is required.");
  if (!existsSync(values.file) || !statSync(values.file).isFile()) usage(`No such file: ${values.file}`);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)) usage("--concurrency must be a whole number from 1 to 16.");
  return { file: values.file, concurrency };
}

async function main(): Promise<number> {
  const { file, concurrency } = args();
  checkSettingsOrExit();
  const { runImport } = await import("../lib/connections/import");
  const { countLines, readImportFile, validLines } = await import("../lib/connections/import-file");
  const { progress } = await import("../lib/connections/import-progress");

  const total = await countLines(file);
  const report = new ImportReport();
  const bar = progress(total, report);
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  const started = Date.now();
  await runImport(
    validLines(readImportFile(file), (lineNo, reason) => (report.addInvalid(lineNo, reason), bar.tick())),
    { actor: { type: "system", label: "connections:import (CLI)" }, concurrency, signal: stop.signal },
    (lineNo, outcome) => (report.add(lineNo, outcome), bar.tick()),
  );
  bar.stop();
  for (const line of report.lines((Date.now() - started) / 1000, stop.signal.aborted)) console.log(line);
  return stop.signal.aborted ? 1 : report.exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Import failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
