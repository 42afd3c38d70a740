// Shared by the app, the Prisma CLI config and scripts: no server-only import here.
export const defaultSqliteUrl = "file:./data/remote-connect.db";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}
