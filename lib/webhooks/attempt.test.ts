import { describe, expect, it } from "vitest";
import { classifyStatus } from "./attempt";

describe("classifyStatus", () => {
  it.each([
    [200, "delivered"],
    [204, "delivered"],
    [299, "delivered"],
    [301, "retry"],
    [302, "retry"],
    [408, "retry"],
    [409, "retry"],
    [429, "retry"],
    [500, "retry"],
    [503, "retry"],
    [400, "final"],
    [401, "final"],
    [404, "final"],
    [410, "final"],
    [422, "final"],
  ] as const)("%i → %s", (status, outcome) => {
    expect(classifyStatus(status)).toBe(outcome);
  });
});
