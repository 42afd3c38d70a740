import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { REDACTION } from "./logger";

describe("log redaction", () => {
  it("masks token-like fields at any of the first three levels", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) });
    const log = pino({ redact: REDACTION }, sink);
    log.info({ access_token: "AT-1", nested: { refresh_token: "RT-1", deeper: { code: "CODE-1" } }, headers: { authorization: "Bearer X" } }, "x");
    const out = lines.join("");
    for (const secret of ["AT-1", "RT-1", "CODE-1", "Bearer X"]) expect(out).not.toContain(secret);
    expect(out).toContain("[redacted]");
  });
});
