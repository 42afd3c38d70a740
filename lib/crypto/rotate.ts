import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import { getDb } from "../db";
import { getEnv } from "../env";
import { parseKeyRing } from "./key-ring";
import { keyIdOf, open, seal } from "./sealed-box";
import { slotAad, type SecretSlot } from "./vault";

export type RotationReport = { rewritten: number; alreadyCurrent: number; skippedConcurrent: number; unreadable: number };

type SealedColumn = { table: SecretSlot["table"]; field: SecretSlot["field"]; column: string; required?: boolean };
type SealedTable = {
  findMany(args: unknown): Promise<Array<Record<string, string | null>>>;
  updateMany(args: unknown): Promise<{ count: number }>;
  count(args: unknown): Promise<number>;
};

/**
 * Every column that holds a sealed value: the one list both key rotation and Settings' "values per
 * key" read, so a new sealed column cannot be re-encrypted but left out of the count (or the reverse).
 * rotate.test.ts fails when prisma/schema.prisma has an `…Enc` field missing here.
 */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: "Connection", field: "refreshToken", column: "refreshTokenEnc" },
  { table: "Connection", field: "accessToken", column: "accessTokenEnc" },
  { table: "PartnerToken", field: "accessToken", column: "accessTokenEnc" },
  { table: "PendingAuthorization", field: "codeVerifier", column: "codeVerifierEnc", required: true },
  { table: "ConnectLink", field: "token", column: "tokenEnc" },
  { table: "CreateCompanyLink", field: "token", column: "tokenEnc" },
  { table: "WebhookEndpoint", field: "secret", column: "secretEnc", required: true },
  { table: "WebhookEndpoint", field: "previousSecret", column: "previousSecretEnc" },
  { table: "RemoteSubscription", field: "signingKey", column: "signingKeyEnc" },
];

// The tables share the id + sealed-column shape; address them generically by name.
function delegateOf(table: SealedColumn["table"]): SealedTable {
  return (getDb() as unknown as Record<string, SealedTable>)[table.charAt(0).toLowerCase() + table.slice(1)];
}

/** How many stored values each key id still seals, over every sealed column (0 means the key may go). */
export async function countSealedByKey(kids: readonly string[]): Promise<Map<string, number>> {
  // Sealed values start with "v1.<kid>.", so a prefix count tells how many still use each key.
  const counts = await Promise.all(
    kids.map(async (kid) => {
      const per = await Promise.all(SEALED_COLUMNS.map((f) => delegateOf(f.table).count({ where: { [f.column]: { startsWith: `v1.${kid}.` } } })));
      return [kid, per.reduce((a, b) => a + b, 0)] as const;
    }),
  );
  return new Map(counts);
}

/**
 * Re-encrypts every stored secret under the primary key. Each value is rewritten with a
 * compare-and-swap on its old ciphertext, so the job can run beside the app, be interrupted at any
 * point and be re-run: values already under the primary key are skipped.
 */
export async function rotateEncryptionKeys(onProgress?: (msg: string) => void): Promise<RotationReport> {
  const ring = parseKeyRing(getEnv().TOKEN_ENCRYPTION_KEYS);
  const report: RotationReport = { rewritten: 0, alreadyCurrent: 0, skippedConcurrent: 0, unreadable: 0 };
  for (const f of SEALED_COLUMNS) {
    const delegate = delegateOf(f.table);
    let cursor: string | undefined;
    for (;;) {
      const rows = await delegate.findMany({
        where: f.required ? {} : { [f.column]: { not: null } },
        select: { id: true, [f.column]: true },
        orderBy: { id: "asc" },
        take: 500,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) break;
      for (const row of rows) {
        const sealed = row[f.column]!;
        if (keyIdOf(sealed) === ring.primary) {
          report.alreadyCurrent++;
          continue;
        }
        const aad = slotAad({ table: f.table, id: row.id!, field: f.field } as SecretSlot);
        let plain: string;
        try {
          plain = open(ring, sealed, aad);
        } catch {
          report.unreadable++;
          continue;
        }
        const r = await delegate.updateMany({ where: { id: row.id, [f.column]: sealed }, data: { [f.column]: seal(ring, plain, aad) } });
        if (r.count === 1) report.rewritten++;
        else report.skippedConcurrent++;
      }
      cursor = rows[rows.length - 1].id!;
      onProgress?.(`${f.table}.${f.column}: ${report.rewritten} rewritten so far`);
    }
  }
  await recordAudit({ type: "keys.rotated", actor: SYSTEM, metadata: { primary_key_id: ring.primary, ...report } });
  return report;
}
