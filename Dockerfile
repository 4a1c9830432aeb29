# syntax=docker/dockerfile:1
# InZicht in a container (ADR 0019, docs/operations.md). Three stages:
#   build  — every dependency, then the server (dist/) and the web app (web/dist/)
#   deps   — production dependencies only (npm ci --omit=dev), better-sqlite3 compiled for this Node
#   run    — Node and what the server reads at run time; no npm, no compiler, no sources
# The image runs as `node` (uid 1000) and works with a read-only root file system: /data (SQLite
# file when no DATABASE_URL, access-log checkpoints) and /tmp are the only places it writes.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
# better-sqlite3 falls back to compiling from source when no prebuilt binary can be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM toolchain AS build
RUN npm ci --no-audit --no-fund \
  && (node -e "new (require('better-sqlite3'))(':memory:').close()" || npm rebuild better-sqlite3)
COPY . .
RUN npm run build

FROM toolchain AS deps
RUN npm ci --omit=dev --no-audit --no-fund \
  && (node -e "new (require('better-sqlite3'))(':memory:').close()" || npm rebuild better-sqlite3) \
  && node -e "new (require('better-sqlite3'))(':memory:').close()" \
  && npm cache clean --force

FROM ${NODE_IMAGE} AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    INZICHT_DATA_DIR=/data \
    INZICHT_SHUTDOWN_DRAIN_SECONDS=5
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY package.json ./
COPY bin ./bin
COPY content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data", "/tmp"]
EXPOSE 3000
STOPSIGNAL SIGTERM
# Liveness: the process runs and its database answers. The proxy asks /api/ready instead.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/inzicht.js"]
CMD ["serve"]
