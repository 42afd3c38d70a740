import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEALED_COLUMNS } from "./rotate";

/** Every `model X { … fieldEnc … }` pair in the schema: the columns that hold sealed values. */
function sealedFieldsInSchema(): string[] {
  const schema = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
  const found: string[] = [];
  for (const m of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const f of m[2].matchAll(/^\s*(\w+Enc)\s+String\??/gm)) found.push(`${m[1]}.${f[1]}`);
  }
  return found.sort();
}

describe("SEALED_COLUMNS", () => {
  it("lists every …Enc column of prisma/schema.prisma, so key rotation and Settings' count miss none", () => {
    const schema = sealedFieldsInSchema();
    expect(schema.length).toBeGreaterThanOrEqual(5);
    expect(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort()).toEqual(schema);
  });

  it("marks exactly the non-nullable sealed columns as required (rotation reads them without a null filter)", () => {
    const schema = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
    for (const c of SEALED_COLUMNS) {
      const model = schema.match(new RegExp(`^model\\s+${c.table}\\s*\\{([\\s\\S]*?)^\\}`, "m"))![1];
      const optional = new RegExp(`^\\s*${c.column}\\s+String\\?`, "m").test(model);
      expect(!!c.required, `${c.table}.${c.column}`).toBe(!optional);
    }
  });
});
