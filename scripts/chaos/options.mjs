// Command-line options of `npm run chaos` and the seeded random source that makes a run repeatable.
import { parseArgs } from "node:util";

const USAGE = `Usage: npm run chaos -- [--duration 60] [--seed N] [--only sqlite|postgres] [--concurrency 4]

  --duration S      seconds of load and faults per database (default 60)
  --seed N          seed of the fault schedule and the load mix (default: random, printed)
  --only DB         run one database only: sqlite or postgres
  --concurrency N   parallel HTTP load workers (default 4; one more runs the CLI)
  --keep            keep the SQLite file / PostgreSQL database and the logs afterwards
PostgreSQL runs when TEST_POSTGRES_URL is set. App processes use the build in NEXT_DIST_DIR
(default .next-chaos), built first when missing or older than the sources.
Findings as deterministic reproductions: node scripts/chaos/repro.mjs (see its header)`;

export function readOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "60" },
      seed: { type: "string" },
      only: { type: "string" },
      concurrency: { type: "string", default: "4" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const fail = (msg) => {
    console.error(`chaos: ${msg}\n\n${USAGE}`);
    process.exit(2);
  };
  const duration = Number(values.duration);
  const concurrency = Number(values.concurrency);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isFinite(duration) || duration < 5) fail("--duration must be at least 5 seconds");
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) fail("--concurrency must be 1..64");
  if (!Number.isInteger(seed) || seed < 0) fail("--seed must be a non-negative integer");
  if (values.only && !["sqlite", "postgres"].includes(values.only)) fail("--only must be sqlite or postgres");
  const databases = ["sqlite", "postgres"].filter((d) => !values.only || values.only === d);
  return { durationMs: duration * 1000, concurrency, seed, databases, keep: values.keep };
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (lo, hi) => lo + next() * (hi - lo),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** `weights` is { name: weight }; returns a name. */
    weighted(weights) {
      const entries = Object.entries(weights);
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [name, w] of entries) if ((r -= w) < 0) return name;
      return entries[entries.length - 1][0];
    },
  };
}
