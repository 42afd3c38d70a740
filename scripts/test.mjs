#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//   install (if missing) -> prisma generate -> schema sync -> typecheck -> lint -> unit ->
//   integration (SQLite, then PostgreSQL when TEST_POSTGRES_URL is set) -> next build ->
//   deploy smoke (that build's standalone output on PostgreSQL) -> chromium -> Playwright end-to-end.
// `npm test -- --only unit,integration` / `--skip e2e` select steps; `--list` shows them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromiumVersion, ensureChromium } from "./lib/chromium.mjs";
import { missingDependencies } from "./lib/deps.mjs";
import { bin, describeExit, portOwner, portProblem, root, run, signalForeground } from "./lib/proc.mjs";
import { c, errorMessage, formatDuration, padEnd } from "./lib/ui.mjs";

process.chdir(root);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs a command with the terminal attached; a step result. */
async function sh(cmd, args, extraEnv = {}) {
  const childEnv = { ...env, ...extraEnv };
  for (const [k, v] of Object.entries(extraEnv)) if (v === undefined) delete childEnv[k];
  const r = await run(cmd, args, { env: childEnv });
  return r.code === 0 ? { ok: true } : { ok: false, detail: describeExit(r) };
}

async function portsFree(ports) {
  for (const [port, what] of ports) {
    const problem = await portProblem(port);
    if (problem) {
      const owner = portOwner(port);
      return {
        ok: false,
        detail: `port ${port} (${what}) is ${problem === "EADDRINUSE" ? `in use${owner ? ` by ${owner}` : ""}` : "not available"}; stop that process or set E2E_APP_PORT / E2E_EMULATOR_PORT`,
      };
    }
  }
  return { ok: true };
}

const pgUrl = process.env.TEST_POSTGRES_URL;

/**
 * The steps, in order. `group` lets `--only integration` pick both integration runs and
 * `--only e2e` pick chromium + e2e. `skip()` returns a reason to skip, evaluated when reached.
 */
const STEPS = [
  {
    id: "install",
    implicit: true, // always considered, whatever --only says: nothing runs without dependencies
    command: "npm ci",
    skip: () => (missingDependencies() ? undefined : "node_modules present"),
    run: () => sh("npm", ["ci", "--no-audit", "--no-fund"]),
  },
  {
    id: "generate",
    command: "npm run db:generate",
    run: () => sh("npm", ["run", "--silent", "db:generate"]),
  },
  {
    id: "schema-sync",
    command: "prisma/postgres/schema.prisma == pg-schema.mjs(prisma/schema.prisma)",
    run: async () => {
      const { toPostgresSchema, sqliteSchemaPath, pgSchemaPath } = await import("./db/pg-schema.mjs");
      const expected = toPostgresSchema(readFileSync(sqliteSchemaPath, "utf8"));
      const committed = readFileSync(pgSchemaPath, "utf8");
      if (expected === committed) {
        console.log("The PostgreSQL schema matches the one generated from prisma/schema.prisma.");
        return { ok: true };
      }
      const a = expected.split("\n");
      const b = committed.split("\n");
      const line = a.findIndex((l, i) => l !== b[i]);
      console.log(`First difference at line ${line + 1}:\n  generated: ${a[line] ?? "(end)"}\n  committed: ${b[line] ?? "(end)"}`);
      return {
        ok: false,
        detail: "prisma/postgres/schema.prisma is out of date: run `npm run db:sync-schemas`, add a PostgreSQL migration for the change, and commit both",
      };
    },
  },
  {
    id: "typecheck",
    command: "next typegen && tsc --noEmit",
    run: async () => {
      // Route types (.next/types) exist only after a build; typegen makes them without one.
      const t = await sh(bin("next"), ["typegen"]);
      if (!t.ok) return { ok: false, detail: `next typegen: ${t.detail}` };
      return sh(bin("tsc"), ["--noEmit"]);
    },
  },
  {
    id: "lint",
    command: "eslint --max-warnings 0 .",
    run: () => sh(bin("eslint"), ["--max-warnings", "0", "."]),
  },
  {
    id: "unit",
    command: "vitest run --project unit",
    run: () => sh(bin("vitest"), ["run", "--project", "unit"]),
  },
  {
    id: "integration-sqlite",
    group: "integration",
    command: "vitest run --project integration   (TEST_DATABASE_URL unset: SQLite)",
    run: () => sh(bin("vitest"), ["run", "--project", "integration"], { TEST_DATABASE_URL: undefined }),
  },
  {
    id: "integration-postgres",
    group: "integration",
    command: "vitest run --project integration   (TEST_DATABASE_URL=$TEST_POSTGRES_URL)",
    skip: () => (pgUrl ? undefined : "TEST_POSTGRES_URL not set"),
    run: () => sh(bin("vitest"), ["run", "--project", "integration"], { TEST_DATABASE_URL: pgUrl }),
  },
  {
    id: "build",
    command: "next build",
    run: () => sh(bin("next"), ["build"]),
  },
  {
    id: "deploy-smoke",
    command: "node scripts/deploy/standalone-smoke.mjs   (the build as the image runs it, on PostgreSQL)",
    skip: () => (pgUrl ? undefined : "TEST_POSTGRES_URL not set"),
    run: async () => {
      // The build step's output (NEXT_DIST_DIR, when set, moved it for both).
      if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone", "server.js"))) {
        return { ok: false, detail: "no standalone build: run `npm test -- --only build,deploy-smoke`" };
      }
      return sh(process.execPath, ["scripts/deploy/standalone-smoke.mjs"], { TEST_POSTGRES_URL: pgUrl });
    },
  },
  {
    id: "chromium",
    group: "e2e",
    command: "Debian's chromium (apt-get install -y chromium when missing and root)",
    run: async () => {
      const r = await ensureChromium({ env });
      if (!r.ok) {
        console.log(r.message);
        return { ok: false, detail: "no Chromium for Playwright (see above)" };
      }
      console.log(`${r.path} (${r.note}): ${(await chromiumVersion(r.path)) ?? "version unknown"}`);
      return { ok: true };
    },
  },
  {
    id: "e2e",
    group: "e2e",
    command: "playwright test",
    run: async () => {
      if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
        return { ok: false, detail: "no production build: run `npm test -- --only build,e2e`" };
      }
      const ports = await portsFree([
        [Number(process.env.E2E_APP_PORT ?? 3100), "e2e app"],
        [Number(process.env.E2E_EMULATOR_PORT ?? 4110), "e2e emulator"],
      ]);
      if (!ports.ok) return ports;
      return sh(bin("playwright"), ["test"]);
    },
  },
];

const SELECTABLE = STEPS.filter((s) => !s.implicit);
const NAMES = [...new Set([...SELECTABLE.map((s) => s.id), ...SELECTABLE.map((s) => s.group).filter(Boolean)])];

const USAGE = `Usage: npm test [-- --only <steps>] [-- --skip <steps>] [-- --list]

Runs every check in order and stops at the first failure:
${SELECTABLE.map((s) => `  ${s.id.padEnd(22)}${s.command}`).join("\n")}

  --only a,b    run only these steps (names above, or the groups "integration" and "e2e")
  --skip a,b    run everything except these
  --list        print the steps and exit
Dependencies are installed first when node_modules is missing, whatever the selection.`;

function parseArgs(argv) {
  const opts = { only: undefined, skip: new Set() };
  const names = (value, flag) => {
    if (!value) throw new Error(`${flag} needs a comma-separated list of steps`);
    const list = value.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((n) => !NAMES.includes(n));
    if (bad.length) throw new Error(`unknown step ${bad.join(", ")} (known: ${NAMES.join(", ")})`);
    return list;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--only") opts.only = new Set([...(opts.only ?? []), ...names(value(), flag)]);
    else if (flag === "--skip") for (const n of names(value(), flag)) opts.skip.add(n);
    else if (flag === "--list") opts.list = true;
    else if (flag === "--help" || flag === "-h") opts.help = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`npm test: ${errorMessage(e)}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.help || opts.list) {
  console.log(USAGE);
  process.exit(0);
}

const matches = (step, set) => set.has(step.id) || (step.group !== undefined && set.has(step.group));
const selected = (step) => step.implicit || ((!opts.only || matches(step, opts.only)) && !matches(step, opts.skip));

let interrupted = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    signalForeground(sig); // Ctrl-C reaches the child directly; SIGTERM sent to us alone does not
  });
}

const results = []; // { step, status: passed|failed|skipped|not run, ms, detail }
const startedAt = performance.now();
let failure;

for (const step of STEPS) {
  if (failure || interrupted) {
    if (selected(step)) results.push({ step, status: "not run" });
    continue;
  }
  if (!selected(step)) continue;
  const reason = step.skip?.();
  if (reason) {
    results.push({ step, status: "skipped", detail: reason });
    if (!step.implicit) console.log(`\n${c.dim(`○ ${step.id}: skipped (${reason})`)}`);
    continue;
  }
  console.log(`\n${c.bold(c.cyan(`━━ ${step.id}`))} ${c.dim(step.command)}`);
  const t = performance.now();
  let r;
  try {
    r = await step.run();
  } catch (e) {
    console.error(e);
    r = { ok: false, detail: errorMessage(e) };
  }
  const ms = performance.now() - t;
  if (interrupted) r = { ok: false, detail: "interrupted" };
  if (r.ok) {
    results.push({ step, status: "passed", ms });
    console.log(`${c.green("✔")} ${step.id} passed ${c.dim(`in ${formatDuration(ms)}`)}`);
  } else {
    results.push({ step, status: "failed", ms, detail: r.detail });
    failure = { step, detail: r.detail };
    console.log(`${c.red("✘")} ${step.id} failed ${c.dim(`after ${formatDuration(ms)}`)}${r.detail ? `: ${r.detail}` : ""}`);
  }
}

// Summary
const total = performance.now() - startedAt;
const width = Math.max(...results.map((r) => r.step.id.length)) + 2;
const mark = { passed: c.green("✔"), failed: c.red("✘"), skipped: c.dim("○"), "not run": c.dim("·") };
console.log(`\n${c.bold("Summary")}`);
for (const r of results) {
  const time = r.ms === undefined ? "" : formatDuration(r.ms);
  const status = r.status === "failed" ? c.red("failed") : r.status === "passed" ? c.green("passed") : c.dim(r.status);
  console.log(`  ${mark[r.status]} ${padEnd(r.step.id, width)}${padEnd(status, 9)} ${time.padStart(10)}${r.status === "skipped" ? c.dim(`  ${r.detail}`) : ""}`);
}
console.log(`  Total ${formatDuration(total)}`);
if (failure) {
  console.log(`\n${c.red(`First failure: ${failure.step.id}`)}${failure.detail ? ` (${failure.detail})` : ""}. Output above.`);
  if (!failure.step.implicit) console.log(c.dim(`Re-run just that step with: npm test -- --only ${failure.step.id}`));
}
const passed = results.filter((r) => r.status === "passed").length;
const failed = results.filter((r) => r.status === "failed").length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(interrupted ? 130 : failed ? 1 : 0);
