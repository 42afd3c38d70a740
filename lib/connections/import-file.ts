import "server-only";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseImportLine, type ParsedLine } from "./import-line";
import type { ImportInput } from "./import";

// The import file is read as a stream (one line at a time, however large), and its content goes
// nowhere but the importer: not to a log, not to an error message.

export type FileLine = { lineNo: number; parsed: Exclude<ParsedLine, { kind: "blank" }> };

/** Every non-blank line of a JSONL file, parsed, with its 1-based line number. */
export async function* readImportFile(path: string): AsyncGenerator<FileLine> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const text of lines) {
    lineNo++;
    const parsed = parseImportLine(text);
    if (parsed.kind !== "blank") yield { lineNo, parsed };
  }
}

/** Non-blank lines in the file (the progress total), counted without decoding or keeping them. */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  let content = false;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 10) {
        if (content) n++;
        content = false;
      } else if (byte !== 13 && byte !== 32 && byte !== 9) content = true;
    }
  }
  return content ? n + 1 : n;
}

/**
 * The valid lines as importer input; invalid ones go to `onInvalid` with their number and reason,
 * as they are met (so the stream never stops at a bad line).
 */
export async function* validLines(lines: AsyncIterable<FileLine>, onInvalid: (lineNo: number, reason: string) => void): AsyncGenerator<{ key: number; item: ImportInput }> {
  for await (const { lineNo, parsed } of lines) {
    if (parsed.kind === "item") yield { key: lineNo, item: parsed.item };
    else onInvalid(lineNo, parsed.reason);
  }
}
