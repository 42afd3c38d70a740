#!/usr/bin/env node
// Assembles the deployable directory from a finished `next build` (output: "standalone"). The
// Dockerfile runs exactly this and copies the result to /app; scripts/deploy/standalone-smoke.mjs
// runs it too and starts everything from the result, so the image and the test share one layout:
//
//   server.js, <distDir>/, node_modules/   Next's standalone output (only the traced modules)
//   <distDir>/static/, public/             what the standalone output leaves out on purpose
//   lib/generated/prisma-*/                both generated Prisma clients, whole (the query compiler wasm)
//   cli/*.cjs                              the worker and the operator CLIs, bundled (no tsx, no sources)
//   scripts/db/migrate.mjs, prisma/, prisma*.config.ts, node_modules/prisma…   the one-shot migration
//
// Usage: node scripts/deploy/assemble.mjs --out <dir>     (NEXT_DIST_DIR picks the build, default .next)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

/** The operator commands shipped in the image (scripts/<name>.ts → cli/<name>.cjs); missing ones are skipped. */
export const CLI_ENTRIES = ["worker", "staff-create", "api-keys-create", "keys-generate", "keys-rotate", "health-check", "connections-import"];

/** What `prisma migrate deploy` needs at run time beyond the standalone server's own modules. */
const MIGRATION_PACKAGES = ["prisma", "@prisma/adapter-pg", "@prisma/adapter-better-sqlite3", "pg", "better-sqlite3", "dotenv"];
const MIGRATION_FILES = ["prisma", "prisma.config.ts", "prisma.postgres.config.ts", "lib/db/urls.ts", "scripts/db/migrate.mjs", "scripts/db/prisma-cli.mjs"];

export function distDir() {
  return process.env.NEXT_DIST_DIR || ".next";
}

/** Where Node would find package `name` when required from `fromDir` (walking up to the project root). */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

/** Files no `node` process loads: compiler leftovers of native modules, type declarations, source maps. */
function keepFile(src) {
  const rel = src.split(`${path.sep}node_modules${path.sep}`).pop();
  if (/(^|\/)(obj|obj\.target|\.deps)(\/|$)|\.(a|o|mk|gypi?)$|(^|\/)test_extension\.node$/.test(rel)) return false;
  // Type declarations and source maps are never loaded at run time.
  if (/\.d\.[cm]?ts$|\.map$/.test(rel)) return false;
  // better-sqlite3 ships SQLite's C sources (deps/, src/) for node-gyp.
  if (/^better-sqlite3\/(deps|src)(\/|$)/.test(rel)) return false;
  return true;
}

/** Copies `names` and everything they depend on (dependencies + optionalDependencies that are installed), keeping node_modules nesting. */
function copyPackageClosure(names, out) {
  const seen = new Set();
  const visit = (name, fromDir) => {
    const dir = packageDir(name, fromDir);
    if (!dir) return; // an optional dependency for another platform
    if (seen.has(dir)) return;
    seen.add(dir);
    cpSync(dir, path.join(out, path.relative(root, dir)), { recursive: true, filter: keepFile, dereference: true });
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  for (const n of names) visit(n, root);
  return seen.size;
}

/** Bundles the worker and CLIs into cli/*.cjs; native and worker-thread packages stay external, like in the Next server. */
export async function bundleCli(out) {
  const { build } = require("esbuild");
  const nextConfig = require(path.join(root, "next.config.js"));
  const entryPoints = CLI_ENTRIES.map((n) => ({ out: n, in: path.join(root, "scripts", `${n}.ts`) })).filter((e) => existsSync(e.in));
  await build({
    entryPoints,
    outdir: path.join(out, "cli"),
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // `server-only` resolves to its empty module under react-server, as with `tsx --conditions=react-server`.
    conditions: ["react-server"],
    tsconfig: path.join(root, "tsconfig.json"),
    external: [...nextConfig.serverExternalPackages, "pg-native"],
    define: { "process.env.REMOTE_CONNECT_VERSION": JSON.stringify(nextConfig.env.REMOTE_CONNECT_VERSION) },
    logLevel: "warning",
    plugins: [
      {
        // The generated clients find their wasm beside themselves: load the copies in lib/generated.
        name: "generated-prisma-clients",
        setup(b) {
          b.onResolve({ filter: /\/generated\/prisma-(sqlite|postgres)$/ }, (args) => ({
            path: `../lib/generated/${path.basename(args.path)}/index.js`,
            external: true,
          }));
        },
      },
    ],
  });
  return entryPoints.map((e) => `cli/${e.out}.cjs`);
}

export async function assemble(out) {
  const dist = distDir();
  const standalone = path.join(root, dist, "standalone");
  if (!existsSync(path.join(standalone, "server.js"))) {
    throw new Error(`${path.relative(root, standalone)}/server.js is missing: run \`next build\` first (next.config.js has output: "standalone")`);
  }
  const builtAt = statSync(path.join(root, dist, "BUILD_ID")).mtimeMs;
  if (statSync(path.join(standalone, "server.js")).mtimeMs < builtAt - 60_000) {
    throw new Error(`${path.relative(root, standalone)} is older than ${dist}/BUILD_ID: rebuild`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Only the server and what it loads: the generated Prisma clients' dynamic path makes Next trace
  // the whole project into standalone/ (sources, tests, maybe .env or data/), none of which may ship.
  for (const entry of ["server.js", "package.json", dist, "node_modules"]) {
    cpSync(path.join(standalone, entry), path.join(out, entry), { recursive: true, verbatimSymlinks: true });
  }
  cpSync(path.join(root, dist, "static"), path.join(out, dist, "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });
  cpSync(path.join(root, "lib", "generated"), path.join(out, "lib", "generated"), { recursive: true });
  const cli = await bundleCli(out);
  for (const f of MIGRATION_FILES) cpSync(path.join(root, f), path.join(out, f), { recursive: true });
  const packages = copyPackageClosure(MIGRATION_PACKAGES, out);
  // scripts/db/prisma-cli.mjs runs node_modules/.bin/prisma, as in the repository.
  mkdirSync(path.join(out, "node_modules", ".bin"), { recursive: true });
  rmSync(path.join(out, "node_modules", ".bin", "prisma"), { force: true });
  symlinkSync("../prisma/build/index.js", path.join(out, "node_modules", ".bin", "prisma"));
  // A SQLite database (single-instance use) lives here; the image makes it writable for the app user.
  mkdirSync(path.join(out, "data"), { recursive: true });
  writeFileSync(path.join(out, "data", ".keep"), "");
  return { out, dist, cli, packages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) {
    console.error("Usage: node scripts/deploy/assemble.mjs --out <dir>");
    process.exit(2);
  }
  assemble(path.resolve(values.out)).then(
    (r) => console.log(`Assembled ${r.out} from ${r.dist}/standalone: server.js, ${r.cli.join(", ")}, migrations (${r.packages} packages)`),
    (e) => {
      console.error(`assemble failed: ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    },
  );
}
