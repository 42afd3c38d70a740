// The "Remote Connect is running" banner of `npm start` (scripts/start.mjs): URLs and status lines.
import { c, formatDuration } from "./ui.mjs";

/** Webhook delivery and the health monitor run in the app process unless a dedicated worker does them. */
function jobsLine(setting) {
  if (setting === "off") return `${c.yellow("off in the app")} ${c.dim("(BACKGROUND_JOBS=off: run `npm run worker` too, or no webhooks go out)")}`;
  return `${c.green("on")} ${c.dim("(in the app process: webhook delivery, health monitor; `npm run worker` adds capacity)")}`;
}

function checkLine(name, check) {
  if (!check) return `${name} ?`;
  return check.ok ? `${name} ${c.green("ok")}` : `${name} ${c.red("FAILING")}${check.error ? c.dim(` (${check.error})`) : ""}`;
}

export function printBanner(cfg, port, emulator, { health }, bootstrapOutput, { dev, startedAt }) {
  const urlPort = Number(new URL(cfg.appUrl).port || 0);
  const rows = [
    ["App", `${cfg.appUrl}${urlPort === port ? "" : c.dim(`  (listening on port ${port})`)}`],
    ["Staff console", `${cfg.appUrl}/console`],
    ["Health", `${cfg.appUrl}/api/health`],
  ];
  if (emulator) rows.push(["Remote emulator", `${cfg.gatewayUrl}  ${c.dim("(demo Remote: sign in as a demo company admin)")}`]);
  else rows.push(["Remote gateway", `${cfg.gatewayUrl} ${c.dim(`(${cfg.environment})`)}`]);
  const width = Math.max("Background jobs".length, ...rows.map(([k]) => k.length)) + 2;
  const out = ["", c.bold(`  Remote Connect is running${dev ? " in development mode" : ""}`), ""];
  for (const [k, v] of rows) out.push(`  ${k.padEnd(width)}${c.bold(v)}`);
  out.push(
    "",
    `  ${"Status".padEnd(width)}${checkLine("database", health?.checks?.database)} · ${checkLine("gateway", health?.checks?.remote_gateway)}`,
    `  ${"Background jobs".padEnd(width)}${jobsLine(cfg.backgroundJobs)}`,
    `  ${"Redirect URI".padEnd(width)}${cfg.redirectUri} ${c.dim(emulator ? "(registered with the emulator)" : "(must be registered with Remote, exactly)")}`,
  );
  if (bootstrapOutput) out.push("", ...bootstrapOutput.split("\n").map((l) => `  ${l}`));
  out.push("", c.dim(`  Started in ${formatDuration(performance.now() - startedAt)}. Press Ctrl-C to stop.`), "");
  console.log(out.join("\n"));
}
