import { describe, expect, it } from "vitest";
import { magicLinkPathProblem } from "./path";

describe("magicLinkPathProblem (Remote's §9 rules)", () => {
  it.each(["/dashboard", "/people/abc-1_2", "/dashboard?tab=all", "/a/b?x=1&y=", `/${"a".repeat(1999)}`])("accepts %s", (p) => {
    expect(magicLinkPathProblem(p)).toBeNull();
  });

  it.each([
    ["dashboard", /start with/],
    ["/", /at least one segment/],
    ["/dashboard/", /not end with/],
    ["/a//b", /empty segments/],
    ["/a.b", /letters, digits/],
    ["/a?b", /key=value/],
    ["/a?x=1&&y=2", /key=value/],
    [`/${"a".repeat(2000)}`, /at most 2000/],
  ])("refuses %s", (p, rule) => {
    expect(magicLinkPathProblem(p)).toMatch(rule);
  });
});
