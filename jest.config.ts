/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from "jest";

// One jest project per workspace; TypeScript through @swc/jest with decorator metadata
// (type-graphql and TypeORM need it). Tests import the kit's sources, no build needed.
const swc: [string, Record<string, unknown>] = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

// The same, reading TSX (React's automatic runtime) for the admin UI's component tests.
const swcTsx: [string, Record<string, unknown>] = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true, decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: "automatic" },
      },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const project = (name: string, roots: string[], extra: Partial<Config> = {}) => ({
  displayName: name,
  roots,
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    "^@champ-commun/kit$": "<rootDir>/services/kit/src/index.ts",
    "^@champ-commun/kit/dist/(.*)$": "<rootDir>/services/kit/src/$1",
    "^@champ-commun/(network|amap|member)/dist/(.*)$": "<rootDir>/services/$1/src/$2",
  },
  setupFiles: ["reflect-metadata"],
  testMatch: ["**/*.test.ts"],
  // The Temporal polyfill (the kit's calendar) ships ES modules only: compiled like the sources.
  transformIgnorePatterns: ["/node_modules/(?!(temporal-polyfill|temporal-spec|temporal-utils)/)"],
  ...extra,
});

const config: Config = {
  testTimeout: 60_000,
  projects: [
    project("kit", ["<rootDir>/services/kit"]),
    project("network", ["<rootDir>/services/network"]),
    project("amap", ["<rootDir>/services/amap"]),
    project("member", ["<rootDir>/services/member"]),
    project("gateway", ["<rootDir>/gateway"]),
    project("tools", ["<rootDir>/tools"]),
    // Its component tests are TSX, rendered with react-dom/server.
    project("admin-ui", ["<rootDir>/admin-ui/test"], {
      transform: {
        "^.+\\.(t|j)sx?$": swcTsx,
        "^.+\\.mjs$": swcTsx,
      },
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      // d3-geo and its companions, temporal-polyfill and csv-stringify's browser build ship ES modules only: compiled like the sources.
      transformIgnorePatterns: [
        "/node_modules/(?!(d3-geo|d3-array|internmap|temporal-polyfill|temporal-spec|temporal-utils|csv-stringify)/)",
      ],
    }),
    project("e2e", ["<rootDir>/test"]),
  ] as Config["projects"],
};

export default config;
