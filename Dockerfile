# Fairsample API. For people with Docker; nothing in the repository needs it.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build && npm prune --omit=dev

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Secrets generated at first start and the Stripe emulator's state (PAYMENTS_PROCESSOR=emulator)
# live here: mount a volume on it to keep them.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The young generation capped at 2 x 4 MB (V8's default grows to 2 x 16 MB): the idle service is
# about 30 MB smaller and garbage still dies young. Same flags as `npm start`.
CMD ["node", "--max-semi-space-size=4", "dist/src/main.js"]
