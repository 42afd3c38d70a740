// Is `npm ci` needed? Used by scripts/start.mjs and scripts/test.mjs before anything else.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./proc.mjs";

/** Binaries the scripts call directly; a partial install lacks some of them. */
const REQUIRED_BINS = ["next", "tsx", "prisma", "tsc", "eslint", "vitest", "playwright"];

/** Why dependencies must be installed, or undefined when node_modules looks complete. */
export function missingDependencies() {
  const modules = path.join(root, "node_modules");
  if (!existsSync(modules)) return "node_modules is missing";
  const absent = REQUIRED_BINS.filter((b) => !existsSync(path.join(modules, ".bin", b)));
  if (absent.length) return `node_modules is incomplete (no ${absent.join(", ")})`;
  return undefined;
}

/** True when package-lock.json changed after the last install (e.g. after a git pull). */
export function lockfileNewerThanInstall() {
  try {
    const lock = statSync(path.join(root, "package-lock.json")).mtimeMs;
    const installed = statSync(path.join(root, "node_modules", ".package-lock.json")).mtimeMs;
    return lock > installed + 1000;
  } catch {
    return false;
  }
}

/** Generated Prisma clients missing, or older than the schema they come from. */
export function prismaClientsStale() {
  try {
    const schema = statSync(path.join(root, "prisma", "schema.prisma")).mtimeMs;
    return ["prisma-sqlite", "prisma-postgres"].some((dir) => {
      const file = path.join(root, "lib", "generated", dir, "index.js");
      return !existsSync(file) || statSync(file).mtimeMs < schema;
    });
  } catch {
    return true;
  }
}
