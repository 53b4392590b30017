# One image for every service of docker-compose.yml: the built monorepo. Nothing is downloaded at run
# time (anvil comes from npm, Solidity is compiled by solc-js at build time).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
