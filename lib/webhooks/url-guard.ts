import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { getEnv } from "../env";

/**
 * SSRF guard for partner-supplied webhook URLs. Ranges are classified with Node's own `net.BlockList`
 * (no dependency; it also matches IPv4-mapped IPv6 such as ::ffff:127.0.0.1 against the IPv4 ranges).
 */
const BLOCKED: [string, number, "ipv4" | "ipv6", string][] = [
  ["0.0.0.0", 8, "ipv4", "unspecified"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "carrier-grade NAT"],
  ["169.254.0.0", 16, "ipv4", "link-local"], // includes the 169.254.169.254 metadata service
  ["192.0.0.0", 24, "ipv4", "reserved"],
  ["198.18.0.0", 15, "ipv4", "reserved"],
  ["224.0.0.0", 4, "ipv4", "multicast"],
  ["240.0.0.0", 4, "ipv4", "reserved"], // includes 255.255.255.255 broadcast
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  ["fc00::", 7, "ipv6", "private"], // includes the fd00:ec2::254 metadata service
  ["fe80::", 10, "ipv6", "link-local"],
  ["ff00::", 8, "ipv6", "multicast"],
  ["64:ff9b::", 96, "ipv6", "NAT64"], // may translate to any IPv4 address, private ones included
];
const lists = BLOCKED.map(([net, prefix, type, label]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { list, label };
});

/** Why an address must not be contacted, or null when it is a public address. */
export function classifyAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const { list, label } of lists) if (list.check(address, type)) return label;
  return null;
}

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export type GuardOptions = { allowPrivate?: boolean; allowHttp?: boolean; resolve?: Resolver };
export type GuardResult =
  | { ok: true; url: URL; addresses: ResolvedAddress[] }
  | { ok: false; reason: string };

/** Parses and checks a URL without DNS: scheme, credentials, literal IPs. For creation-time messages too. */
export function checkUrlShape(raw: string, opts: GuardOptions = {}): { ok: true; url: URL } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "is not a valid URL" };
  }
  const allowHttp = opts.allowHttp ?? getEnv().REMOTE_ENVIRONMENT === "emulator";
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) {
    return { ok: false, reason: allowHttp ? "must use http or https" : "must use https" };
  }
  if (url.username || url.password) return { ok: false, reason: "must not contain credentials" };
  if (!url.hostname) return { ok: false, reason: "has no host" };
  return { ok: true, url };
}

/**
 * Full check: shape, then every address the host resolves to. All must be public (one private answer
 * among public ones is how a rebinding attack hides). Run it at creation and before every delivery, then
 * connect only to the returned `addresses` so DNS cannot change between the check and the connection.
 */
export async function guardWebhookUrl(raw: string, opts: GuardOptions = {}): Promise<GuardResult> {
  const shape = checkUrlShape(raw, opts);
  if (!shape.ok) return shape;
  const { url } = shape;
  const allowPrivate = opts.allowPrivate ?? getEnv().WEBHOOK_ALLOW_PRIVATE_URLS;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(host);
    } catch (e) {
      return { ok: false, reason: `host ${host} could not be resolved (${(e as NodeJS.ErrnoException).code ?? "error"})` };
    }
    if (addresses.length === 0) return { ok: false, reason: `host ${host} could not be resolved` };
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      const why = classifyAddress(a.address);
      if (why) return { ok: false, reason: `resolves to a ${why} address (${a.address}), refused unless WEBHOOK_ALLOW_PRIVATE_URLS=true` };
    }
  }
  return { ok: true, url, addresses };
}
