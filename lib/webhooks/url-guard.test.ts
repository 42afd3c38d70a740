import { describe, expect, it } from "vitest";
import { checkUrlShape, classifyAddress, guardWebhookUrl, type Resolver } from "./url-guard";

const strict = { allowPrivate: false, allowHttp: false };
const fixed = (...addresses: string[]): Resolver => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fd12:3456::1", "private"],
    ["fd00:ec2::254", "private"],
    ["169.254.169.254", "link-local"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["64:ff9b::a00:1", "NAT64"],
  ])("refuses %s (%s)", (address, label) => {
    expect(classifyAddress(address)).toBe(label);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "allows public %s",
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );
});

describe("checkUrlShape", () => {
  it("requires https outside emulator mode, allows http in it, and refuses credentials", () => {
    expect(checkUrlShape("http://hooks.example/x", strict)).toEqual({ ok: false, reason: "must use https" });
    expect(checkUrlShape("http://hooks.example/x", { allowHttp: true }).ok).toBe(true);
    expect(checkUrlShape("ftp://hooks.example/x", { allowHttp: true }).ok).toBe(false);
    expect(checkUrlShape("https://user:pw@hooks.example/x", strict)).toEqual({ ok: false, reason: "must not contain credentials" });
    expect(checkUrlShape("https://token@hooks.example/x", strict)).toEqual({ ok: false, reason: "must not contain credentials" });
    expect(checkUrlShape("not a url", strict)).toEqual({ ok: false, reason: "is not a valid URL" });
  });
});

describe("guardWebhookUrl", () => {
  it("checks literal IPs without DNS, including encodings the URL parser normalises", async () => {
    const noDns: Resolver = async () => {
      throw new Error("DNS must not be asked for a literal IP");
    };
    for (const url of ["https://127.0.0.1/", "https://2130706433/", "https://0x7f.1/", "https://[::ffff:127.0.0.1]/", "https://[::1]:8443/", "https://169.254.169.254/latest"]) {
      const r = await guardWebhookUrl(url, { ...strict, resolve: noDns });
      expect(r.ok, url).toBe(false);
    }
    const pub = await guardWebhookUrl("https://8.8.8.8/hook", { ...strict, resolve: noDns });
    expect(pub).toMatchObject({ ok: true, addresses: [{ address: "8.8.8.8", family: 4 }] });
  });

  it("refuses a host when any of its addresses is private, naming the setting that allows it", async () => {
    const r = await guardWebhookUrl("https://hooks.example/", { ...strict, resolve: fixed("93.184.216.34", "10.0.0.7") });
    expect(r).toEqual({ ok: false, reason: "resolves to a private address (10.0.0.7), refused unless WEBHOOK_ALLOW_PRIVATE_URLS=true" });
  });

  it("returns the vetted addresses for a public host", async () => {
    const r = await guardWebhookUrl("https://hooks.example/", { ...strict, resolve: fixed("93.184.216.34", "2606:2800:220:1::1") });
    expect(r).toMatchObject({ ok: true, addresses: [{ address: "93.184.216.34", family: 4 }, { address: "2606:2800:220:1::1", family: 6 }] });
  });

  it("allows private addresses when WEBHOOK_ALLOW_PRIVATE_URLS is on", async () => {
    const r = await guardWebhookUrl("https://hooks.internal/", { allowPrivate: true, allowHttp: false, resolve: fixed("10.0.0.7") });
    expect(r.ok).toBe(true);
  });

  it("reports a host that does not resolve", async () => {
    const fail: Resolver = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    expect(await guardWebhookUrl("https://nowhere.invalid/", { ...strict, resolve: fail })).toEqual({
      ok: false,
      reason: "host nowhere.invalid could not be resolved (ENOTFOUND)",
    });
  });
});
