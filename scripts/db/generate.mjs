// Generates both Prisma clients (SQLite and PostgreSQL); the database URL picks one at runtime.
import { prisma } from "./prisma-cli.mjs";

// `prisma generate` reads the URL only to satisfy the datasource block; nothing connects.
prisma(["generate"], "file:./data/generate-placeholder.db", { quiet: true });
prisma(["generate"], "postgresql://generate:placeholder@127.0.0.1:1/none", { quiet: true });
console.log("Prisma clients generated (sqlite, postgresql)");
