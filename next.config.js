// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { version } = require("./package.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets a benchmark or chaos run build beside the default `.next` without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The deployable artefact: <distDir>/standalone/server.js with only the node_modules it needs.
  // Deploy it through scripts/deploy/assemble.mjs (the Dockerfile does), never as is: the generated
  // Prisma clients locate their files through process.cwd(), so Next traces the whole project into
  // standalone/ (sources, and on a dev machine .env and data/ too); assemble copies only the server.
  // `next start` keeps serving the same build for the e2e tests and the benchmarks. npm start builds
  // with NEXT_STANDALONE=off: it needs no artefact, and the copy would duplicate its database and .env.
  output: process.env.NEXT_STANDALONE === "off" ? undefined : "standalone",
  // Trace from this folder, never from a parent that happens to hold a lockfile.
  outputFileTracingRoot: __dirname,
  poweredByHeader: false,
  // The build type-checks only what ships; tests and tools are checked by `npm test` (tsc --noEmit).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // Native or worker-based server dependencies stay out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "pino", "pino-pretty", "thread-stream"],
  env: { REMOTE_CONNECT_VERSION: version },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
