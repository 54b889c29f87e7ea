# The one image of every Champ Commun process (deploy/kubernetes, deploy/compose.yaml): the
# subgraphs, the gateway with the built back-offices, and the migration step; the command picks one.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
USER 1000
ENV NODE_ENV=production
EXPOSE 4000 4101 4102 4103
CMD ["node", "gateway/dist/index.js"]
