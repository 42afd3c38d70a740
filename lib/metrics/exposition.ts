import "server-only";
import { getEnv } from "../env";
import { bearerMatches } from "../http/bearer";
import { refreshDbGauges } from "./db-gauges";
import { held } from "./registry";

export type Scrape = { status: 404 | 401 } | { status: 200; contentType: string; body: string };

/** The Prometheus exposition for a caller presenting METRICS_TOKEN; 404 while metrics are off. */
export async function scrape(authorization: string | null): Promise<Scrape> {
  const expected = getEnv().METRICS_TOKEN;
  if (!expected) return { status: 404 };
  if (!bearerMatches(authorization, expected)) return { status: 401 };
  const { registry, metrics } = held();
  await refreshDbGauges(metrics);
  return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
}
