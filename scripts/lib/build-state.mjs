// Decides whether `next build` must run: .next/BUILD_ID missing or older than any source file.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./proc.mjs";

/** Folders the production build is made from (lib/generated included: a new Prisma client counts). */
const SOURCE_DIRS = ["app", "lib", "components", "public", "emails", "styles"];
/** Root files that change the build; other root files (test and lint configs) do not. */
const ROOT_FILE = /^(next\.config\.(js|mjs|ts)|package(-lock)?\.json|tsconfig\.json|postcss\.config\.(js|mjs|cjs)|(middleware|proxy|instrumentation|auth)\.(ts|tsx|js))$/;
const SKIP_FILE = /\.(test|spec)\.(ts|tsx|js|mjs)$/;

function newest(dir, acc) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return acc;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "node_modules" || e.name.startsWith(".")) continue;
      acc = newest(full, acc);
    } else if (e.isFile() && !SKIP_FILE.test(e.name)) {
      const t = statSync(full).mtimeMs;
      if (t > acc.mtime) acc = { mtime: t, file: full };
    }
  }
  return acc;
}

/** The most recently modified source file: { mtime, file }. */
export function newestSource() {
  let acc = { mtime: 0, file: undefined };
  for (const d of SOURCE_DIRS) acc = newest(path.join(root, d), acc);
  for (const f of readdirSync(root)) {
    if (!ROOT_FILE.test(f)) continue;
    const t = statSync(path.join(root, f)).mtimeMs;
    if (t > acc.mtime) acc = { mtime: t, file: path.join(root, f) };
  }
  return acc;
}

/** Why a build is needed ("no build yet", "app/page.tsx changed"), or undefined when up to date. */
export function buildNeeded(distDir = ".next") {
  const id = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(id)) return "no production build yet";
  const built = statSync(id).mtimeMs;
  const src = newestSource();
  if (src.mtime > built) return `${path.relative(root, src.file)} changed since the last build`;
  return undefined;
}
