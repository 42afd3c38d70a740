import { describe, expect, it } from "vitest";
import { contrastWithWhite } from "./contrast";
import { brandThemeVars, monogramIcon } from "./theme";

describe("brand theme", () => {
  it("keeps the hover/text shade at least as readable as the primary colour", () => {
    const v = brandThemeVars("#0f766e");
    expect(v["--color-brand-600"]).toBe("#0f766e");
    expect(contrastWithWhite(v["--color-brand-700"])).toBeGreaterThan(contrastWithWhite("#0f766e"));
  });

  it("makes an SVG monogram of the name's first letter, escaped", () => {
    const svg = decodeURIComponent(monogramIcon("acme", "#0f766e").replace("data:image/svg+xml,", ""));
    expect(svg).toContain('fill="#0f766e"');
    expect(svg).toMatch(/>A<\/text>/);
    expect(decodeURIComponent(monogramIcon("<b>", "#000000"))).toContain(">&lt;</text>");
  });
});
