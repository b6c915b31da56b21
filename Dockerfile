# model-bot: build with the development tools, run with the production dependencies only.
# test/deploy/dockerfile.test.ts runs these same steps in a temporary directory (there is no
# Docker engine in CI): keep both in step, the test reads this file.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
RUN npm prune --omit=dev
RUN mkdir -p state

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# /healthz is served here (Slack's HTTP receiver, or a small health server beside Discord).
ENV PORT=3000
# The embedded database (watches, shared values) when DATABASE_URL is not set: on the volume.
ENV STATE_DIR=/var/lib/model-bot/state
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/healthcheck.js ./scripts/
# The catalog is baked in; it is read-only at run time.
COPY --from=build /app/data ./data
# State and refreshed data live on a volume the unprivileged user owns.
COPY --from=build --chown=node:node /app/state /var/lib/model-bot
USER node
VOLUME ["/var/lib/model-bot"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "scripts/healthcheck.js"]
CMD ["node", "dist/main.js"]
