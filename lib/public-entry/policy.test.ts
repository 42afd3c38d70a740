import { describe, expect, it } from "vitest";
import { mayStartUnder } from "./policy";

const none = { link: false, staff: false };

describe("mayStartUnder (PUBLIC_ENTRY)", () => {
  it("none: only links and staff start a flow", () => {
    expect(mayStartUnder("none", "connect", none)).toBe(false);
    expect(mayStartUnder("none", "create_company", none)).toBe(false);
    expect(mayStartUnder("none", "connect", { link: true, staff: false })).toBe(true);
    expect(mayStartUnder("none", "create_company", { link: true, staff: false })).toBe(true);
    expect(mayStartUnder("none", "create_company", { link: false, staff: true })).toBe(true);
  });
  it("connect: open consent, create-company needs a link", () => {
    expect(mayStartUnder("connect", "connect", none)).toBe(true);
    expect(mayStartUnder("connect", "create_company", none)).toBe(false);
    expect(mayStartUnder("connect", "create_company", { link: true, staff: false })).toBe(true);
  });
  it("all: everything opens", () => {
    expect(mayStartUnder("all", "connect", none)).toBe(true);
    expect(mayStartUnder("all", "create_company", none)).toBe(true);
  });
});
