# syntax=docker/dockerfile:1
# The explorer as an image: a build stage compiles client and server, the runtime stage ships only what runs.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: seed/ by the seed CLI (SEED_DIR), cypher/ for the schema and the saved queries.
COPY seed ./seed
COPY cypher ./cypher
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Seed only an empty database (idempotent across restarts), then `exec` so node gets SIGTERM directly.
CMD ["sh", "-c", "node dist/server/cli/seed.js --if-empty && exec node dist/server/main.js"]
