# The worker in a small Node 20 image: built in one stage, run as a non-root user in the next.
#   docker build -t article-bot .
#   docker run -d --env-file .env -v article-bot-data:/app/data --restart unless-stopped article-bot
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module where no prebuilt one fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The build checks the knowledge too (npm run build): an image is never made of knowledge that fails it.
COPY knowledge ./knowledge
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATABASE_PATH=/app/data/bot.sqlite
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# The outbox (replies not yet accepted by Telegram) lives here: keep it across restarts.
VOLUME ["/app/data"]
# node itself, not npm: npm does not pass SIGTERM on, and the worker would be killed mid-drain.
CMD ["node", "dist/main.js"]
