# syntax=docker/dockerfile:1
#
# One image for every Atrium process; docker-compose.yml picks the command:
#   migrate       node build/server/migrate.js        (one-shot)
#   worker        node build/server/worker.js
#   api           node build/server/api.js            (PORT, 4000)
#   support-mail  node build/server/support-mail.js   (ATRIUM_SUPPORT_SMTP_PORT, 2525)
#   web           node web/build/index.js             (PORT, 3000)
# Built JavaScript run by plain node: the servers are esbuild bundles of our workspaces'
# TypeScript (scripts/build/servers.ts), the worker loads the workflow bundle made ahead of
# time beside it, the dashboard is its adapter-node build. The runtime stage has the
# production dependencies only: no tsx, vite, typescript, webpack's workflow build or tests.
# What each process reads from the environment is deploy/env-contract.json.
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
# Every dependency, dev ones included: the build needs esbuild, vite, tsx and webpack.
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---------------------------------------------------------------------------
# The same manifests, production dependencies only: what the runtime stage ships.
FROM deps AS prod-deps
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev

# ---------------------------------------------------------------------------
FROM deps AS build
COPY . .
# `npm run build`: build/server (the server bundles and the workflow bundle) and web/build.
# The dashboard's build is the same for every address: ORIGIN, API_URL and PORT are read
# when it starts (see web/vite.config.ts).
RUN npm run build \
 && test -f build/server/api.js -a -f build/server/worker.js -a -f build/server/workflow-bundle.js \
 && test -f web/build/index.js

# ---------------------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production
# Owned by root: the `node` user the processes run as can read the code but
# cannot rewrite it. The manifests and node_modules (workspace links included) come
# from prod-deps; the code from the build.
COPY --from=prod-deps /app /app
COPY --from=build /app/build /app/build
COPY --from=build /app/web/build /app/web/build
# The worker resolves @atrium/workflows' entry when it loads (the path a worker without a
# prebuilt bundle would compile); the bundle beside it is what runs.
COPY --from=build /app/workflows/src /app/workflows/src
USER node
EXPOSE 3000 4000 2525
CMD ["node", "web/build/index.js"]
