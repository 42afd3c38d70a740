import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

// One id per process: leases and claims name it, and a stopping process releases what carries it.
const id = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

export function processOwner(): string {
  return id;
}
