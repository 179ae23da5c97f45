# syntax=docker/dockerfile:1
#
# One image for every Atrium process; docker-compose.yml picks the command:
#   migrate  node --import tsx db/src/migrate-main.ts   (one-shot)
#   worker   node --import tsx workers/src/main.ts
#   api      node --import tsx api/src/main.ts          (PORT, 4000)
#   web      node web/build/index.js                    (PORT, 3000)
# (`node --import tsx` rather than `npx tsx`: npx does not pass SIGTERM on to
# the process it starts, so `docker stop` would cut a worker off mid-activity.)
# What each of them reads from the environment is deploy/env-contract.json.
#
#   docker build --target runtime -t atrium .

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# ---------------------------------------------------------------------------
# node_modules from the manifests and the lockfile alone, so that this layer is
# rebuilt only when a dependency changes. Every workspace named in the root
# package.json must be copied here (deploy/compose.test.ts checks it).
FROM base AS deps
COPY package.json package-lock.json ./
COPY core/package.json core/
COPY db/package.json db/
COPY workflows/package.json workflows/
COPY workers/package.json workers/
COPY api/package.json api/
COPY web/package.json web/
# npm 11 runs only the install scripts that package.json "allowScripts" approves.
# Dev dependencies stay installed: the servers run TypeScript through tsx.
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---------------------------------------------------------------------------
FROM deps AS build
COPY . .
# The dashboard's build is the same for every address: ORIGIN, API_URL and PORT
# are read when it starts (see web/vite.config.ts).
RUN npm run build -w @atrium/web \
 && test -f web/build/index.js
# The `node` devDependency carries its own ~120 MB Node binary so that `npm run`
# uses Node 24 on any host; in this image the base already is Node 24.
RUN rm -rf node_modules/node node_modules/.bin/node

# ---------------------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production
# Owned by root: the `node` user the processes run as can read the code but
# cannot rewrite it.
COPY --from=build /app /app
USER node
EXPOSE 3000 4000
CMD ["node", "web/build/index.js"]
