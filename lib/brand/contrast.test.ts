import { describe, expect, it } from "vitest";
import { contrastWithWhite, readableShade, unreadableColourReason } from "./contrast";

describe("brand colour contrast", () => {
  it("computes WCAG ratios for white text", () => {
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 1);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastWithWhite("#1d4ed8")).toBeGreaterThan(6);
  });

  it("accepts a dark colour and refuses a light one with the reason and a darker shade that passes", () => {
    expect(unreadableColourReason("#1d4ed8")).toBeNull();
    const why = unreadableColourReason("#ffcc00");
    expect(why).toMatch(/contrast of 1\.\d:1, below the 4\.5:1 that WCAG AA asks for/);
    const suggested = why!.match(/such as (#[0-9a-f]{6})/)![1];
    expect(suggested).toBe(readableShade("#ffcc00"));
    expect(contrastWithWhite(suggested)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("BRAND_PRIMARY_COLOR at start-up", () => {
  it("refuses a colour white text cannot be read on, naming the variable and a darker shade", async () => {
    const { EnvError, parseEnv } = await import("../env/schema");
    expect(parseEnv({ BRAND_PRIMARY_COLOR: "#0F766E" }).BRAND_PRIMARY_COLOR).toBe("#0f766e");
    expect(() => parseEnv({ BRAND_PRIMARY_COLOR: "#7dd3fc" })).toThrow(EnvError);
    expect(() => parseEnv({ BRAND_PRIMARY_COLOR: "#7dd3fc" })).toThrow(/BRAND_PRIMARY_COLOR.*below the 4\.5:1.*darker shade such as #[0-9a-f]{6}/s);
  });
});
