# One image recipe for every app: `docker build --build-arg APP=gateway -f infra/docker/service.Dockerfile .`
FROM node:20-bookworm-slim AS build
ARG APP
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@compliance/${APP}... && npm prune --omit=dev

FROM node:20-bookworm-slim
ARG APP
ENV NODE_ENV=production APP=${APP}
WORKDIR /repo
COPY --from=build /repo /repo
USER node
CMD ["sh", "-c", "node apps/${APP}/dist/main.js"]
