import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES } from "./logo-file";

const utf8 = (s: string) => new TextEncoder().encode(s);
const png = () => {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  b.set(utf8("IHDR"), 12);
  return b;
};

describe("checkLogo", () => {
  it("accepts a PNG and an SVG by their contents", () => {
    expect(checkLogo(png())).toEqual({ ok: true, contentType: "image/png" });
    expect(checkLogo(utf8('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>\n'))).toEqual({ ok: true, contentType: "image/svg+xml" });
  });

  it("refuses other files whatever they are called, and SVGs with active content", () => {
    expect(checkLogo(utf8("GIF89a....")).ok).toBe(false);
    expect(checkLogo(utf8("<html><svg></svg></html>")).ok).toBe(false);
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ error: expect.stringMatching(/not a PNG or SVG/) });
    for (const bad of ['<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', "<svg><foreignObject><div/></foreignObject></svg>"]) {
      expect(checkLogo(utf8(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/scripts, event handlers/) });
    }
  });

  it("refuses an empty file and one over 200 KB", () => {
    expect(checkLogo(new Uint8Array(0)).ok).toBe(false);
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png());
    expect(checkLogo(big)).toMatchObject({ ok: false, error: expect.stringMatching(/the limit is 200 KB/) });
    const edge = new Uint8Array(MAX_LOGO_BYTES);
    edge.set(png());
    expect(checkLogo(edge).ok).toBe(true);
  });
});
