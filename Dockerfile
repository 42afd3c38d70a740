# syntax=docker/dockerfile:1
# Remote Connect, production image (compose.yaml runs it; README "Deploying").
#
#   deps     npm ci with the compilers a native module may need (better-sqlite3 falls back to node-gyp)
#   build    next build (output: "standalone"), then scripts/deploy/assemble.mjs lays out /out
#   runtime  Node and /out only: no compiler, python, make, npm or sources; runs as the `node` user
#
# One image, four commands (WORKDIR /app):
#   node scripts/db/migrate.mjs   apply pending migrations, once per release (compose: the `migrate` service)
#   node server.js                an app replica (the default command); as many as you like
#   node cli/worker.cjs           the background jobs, beside replicas that run with BACKGROUND_JOBS=off
#   node cli/<name>.cjs           operator commands: staff-create, api-keys-create, keys-generate,
#                                 keys-rotate, health-check, connections-import
# scripts/deploy/standalone-smoke.mjs (a step of `npm test`) assembles the same layout and runs these
# commands without Docker: keep the paths here and there the same.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm ci's postinstall generates both Prisma clients: it needs the schemas and the Prisma configs.
COPY prisma ./prisma
COPY prisma.config.ts prisma.postgres.config.ts ./
COPY lib/db/urls.ts ./lib/db/urls.ts
COPY scripts/db ./scripts/db
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN node_modules/.bin/next build \
  && node scripts/deploy/assemble.mjs --out /out

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Nothing installs packages at run time: drop npm, npx and corepack from the base image.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack
COPY --from=build /out ./
# The code stays root-owned (read-only for the app); only data/ (a SQLite file, single-instance use) is writable.
RUN chown node:node /app/data
USER node
EXPOSE 3000
# 200 while the database answers (the public body is {"status"}). The worker has no HTTP server:
# compose disables this check for it and for the migration.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
