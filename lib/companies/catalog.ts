import "server-only";
import { withPartnerToken } from "../connections/with-token";
import { logger } from "../logger";
import { getAddressSchema, listCountries } from "../remote/api";
import { RemoteError } from "../remote/errors";
import type { AddressSchema } from "./address";
import type { Country } from "./fields";

export type { Country } from "./fields";

// Remote's country list and per-country address schemas change rarely: each app process keeps
// them for an hour, shares one in-flight request per key, and keeps serving the last good copy
// when a refresh fails.
const TTL_MS = 3600_000;


type Entry<T> = { value?: T; at: number; pending?: Promise<T> };
const countries: Entry<Country[]> = { at: 0 };
const schemas = new Map<string, Entry<AddressSchema | null>>();

async function cached<T>(entry: Entry<T>, load: () => Promise<T>): Promise<T> {
  if (entry.value !== undefined && Date.now() - entry.at < TTL_MS) return entry.value;
  entry.pending ??= load()
    .then((v) => {
      entry.value = v;
      entry.at = Date.now();
      return v;
    })
    .catch((e: unknown) => {
      if (entry.value !== undefined) {
        logger.warn({ err: e instanceof Error ? e.message : String(e) }, "remote catalog refresh failed; serving the cached copy");
        return entry.value;
      }
      throw e;
    })
    .finally(() => {
      entry.pending = undefined;
    });
  return entry.pending;
}

/** The countries Remote lets a company be created in, by name. */
export function getCountries(): Promise<Country[]> {
  return cached(countries, async () => {
    const list = await withPartnerToken(({ accessToken }) => listCountries(accessToken));
    return list
      .filter((c) => typeof c.code === "string" && /^[A-Z]{3}$/.test(c.code))
      .map((c) => ({ code: c.code, name: c.name, hasAddressSchema: !c.supported_json_schemas || c.supported_json_schemas.includes("address_details") }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** Remote's address_details JSON schema for a country, or null when Remote has none for it. */
export async function getCountryAddressSchema(countryCode: string): Promise<AddressSchema | null> {
  const list = await getCountries();
  const country = list.find((c) => c.code === countryCode);
  if (!country) throw new RangeError(`Unknown country ${countryCode}`);
  if (!country.hasAddressSchema) return null;
  let entry = schemas.get(countryCode);
  if (!entry) schemas.set(countryCode, (entry = { at: 0 }));
  return cached(entry, async () => {
    try {
      const schema = await withPartnerToken(({ accessToken }) => getAddressSchema(accessToken, countryCode));
      return schema && typeof schema === "object" && schema.type === "object" ? schema : null;
    } catch (e) {
      if (e instanceof RemoteError && e.kind === "not_found") return null;
      throw e;
    }
  });
}

/** Test hook. */
export function clearCatalogCache() {
  countries.value = undefined;
  countries.at = 0;
  schemas.clear();
}
