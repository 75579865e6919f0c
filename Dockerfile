# syntax=docker/dockerfile:1
# Đối thoại bot — production image. Every step below is also run by .ci/run (npm ci, the Prisma
# client generation in postinstall, npm run build, npm prune, node dist/main.js --migrate-only) or by
# the tests (scripts/healthcheck.mjs against a running bot: tests/reliability/webhook.test.ts).
ARG NODE_VERSION=26

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
# postinstall generates the Prisma client: it needs the schema and the generation script.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY prisma ./prisma
COPY locales ./locales
COPY scripts/healthcheck.mjs ./scripts/healthcheck.mjs
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# The webhook, /healthz, /readyz and /metrics (PORT; in polling mode too, since PORT is set here).
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["node", "scripts/healthcheck.mjs"]
# Migrations first (a failure stops the container before it takes updates), then the bot.
CMD ["sh", "-c", "node dist/main.js --migrate-only && exec node dist/main.js"]
