import { describe, expect, it } from "vitest";
import { CONNECTION_EVENT_TYPES } from "../events/catalogue";
import type { Resolver } from "./url-guard";
import { checkEndpointDescription, checkEndpointEvents, checkEndpointUrl, MAX_URL_LENGTH, WebhookEndpointError } from "./endpoint-rules";

const strict = { allowPrivate: false, allowHttp: false, resolve: async () => [{ address: "93.184.216.34", family: 4 as const }] };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof WebhookEndpointError ? e.code : String(e);
  }
};

describe("checkEndpointEvents", () => {
  it("keeps null for every event and returns a list in catalogue order without duplicates", () => {
    expect(checkEndpointEvents(undefined)).toBeNull();
    expect(checkEndpointEvents(null)).toBeNull();
    expect(checkEndpointEvents(["connection.disconnected", "connection.created", "connection.created"])).toEqual(["connection.created", "connection.disconnected"]);
    expect(checkEndpointEvents([...CONNECTION_EVENT_TYPES].reverse())).toEqual([...CONNECTION_EVENT_TYPES]);
  });

  it("refuses an empty list and unknown types, naming them and the valid ones", () => {
    expect(codeOf(() => checkEndpointEvents([]))).toBe("invalid_events");
    expect(codeOf(() => checkEndpointEvents(["ping"]))).toBe("invalid_events");
    expect(() => checkEndpointEvents(["a", "b", "a"])).toThrow(
      `Unknown event types "a", "b"; valid types are ${CONNECTION_EVENT_TYPES.join(", ")}, remote.*, and remote.<Remote's event type> such as remote.payslip.released.`,
    );
    expect(codeOf(() => checkEndpointEvents(["remote.no_such.event"]))).toBe("invalid_events");
    expect(codeOf(() => checkEndpointEvents(["payslip.released"]))).toBe("invalid_events");
  });

  it("accepts relayed Remote types and remote.*, after the connection types", () => {
    expect(checkEndpointEvents(["remote.payslip.released", "connection.created", "remote.*"])).toEqual(["connection.created", "remote.*", "remote.payslip.released"]);
    expect(checkEndpointEvents(["remote.timeoff.requested", "remote.company.activated"])).toEqual(["remote.company.activated", "remote.timeoff.requested"]);
  });
});

describe("checkEndpointDescription", () => {
  it("trims, turns blank into null and bounds the length", () => {
    expect(checkEndpointDescription("  CRM  ")).toBe("CRM");
    expect(checkEndpointDescription("   ")).toBeNull();
    expect(checkEndpointDescription(null)).toBeNull();
    expect(codeOf(() => checkEndpointDescription("x".repeat(501)))).toBe("invalid_description");
  });
});

describe("checkEndpointUrl", () => {
  it("returns the checked URL, trimmed and normalised", async () => {
    await expect(checkEndpointUrl("  https://Hooks.Example.com/in  ", { ...strict, timeoutMs: 1000 })).resolves.toBe("https://hooks.example.com/in");
  });

  it.each([
    ["", "Enter the URL that should receive the webhooks."],
    ["   ", "Enter the URL that should receive the webhooks."],
    [`https://example.com/${"a".repeat(MAX_URL_LENGTH)}`, `The URL is longer than ${MAX_URL_LENGTH} characters.`],
    ["http://example.com/in", "The URL must use https."],
    ["https://169.254.169.254/latest/meta-data", "The URL resolves to a link-local address (169.254.169.254), refused unless WEBHOOK_ALLOW_PRIVATE_URLS=true."],
    ["hooks.example.com/in", "This is not a valid URL; enter a full address such as https://example.com/webhooks."],
    ["https://nowhere.example/in", "The URL's host nowhere.example could not be resolved (ENOTFOUND)."],
    ["https://hangs.example/in", "The URL's host did not resolve within 0.2 s; check it and try again."],
  ])("refuses %j with a plain sentence", async (url, message) => {
    const resolve: Resolver = async (host) => {
      if (host === "nowhere.example") throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
      if (host === "hangs.example") return new Promise(() => {});
      return strict.resolve();
    };
    const e = await checkEndpointUrl(url, { ...strict, resolve, timeoutMs: 200 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WebhookEndpointError);
    expect(e).toMatchObject({ code: "invalid_url", message });
  });
});
