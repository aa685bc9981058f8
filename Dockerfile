# Klasse in a container (issue 12, item 17; decision 0012). Two stages: the first installs every
# dependency and builds the web app into web/dist with Vite; the second installs the production
# dependencies only and copies the built web/dist in, so no devDependency is in the image and
# nothing is built at start. Node 24 runs the TypeScript sources directly (type stripping).
#
#   docker build -t klasse .
#   docker compose up            (Klasse + PostgreSQL 16: compose.yaml)

# --- build: web/dist -----------------------------------------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a change to the sources alone reuses this layer. --ignore-scripts: the
# `prepare` script builds the web app, and the sources are not here yet (the image's own Node 24 is
# used, so the `node` package's install script is not needed either).
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY web ./web
COPY scripts/build-web.ts ./scripts/build-web.ts
RUN node scripts/build-web.ts

# --- runtime ---------------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KLASSE_DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY bin ./bin
COPY migrations ./migrations
COPY src ./src
COPY --from=build /app/web/dist ./web/dist
# The embedded database (no DATABASE_URL) lives in /data; give it a volume. With DATABASE_URL set it
# stays empty.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# /healthz: the process answers (no database round trip); compose.yaml checks /readyz as well.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly, not npm start: SIGTERM from `docker stop` reaches Klasse, which shuts down
# gracefully (src/main.ts), and the start does not check the web build (it is in the image).
CMD ["node", "src/main.ts"]
