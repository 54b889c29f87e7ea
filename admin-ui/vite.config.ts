import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { precompress } from "./precompress";

// The gateway serves dist/ at `/` (SPA fallback to index.html) and the API at `/graphql`.
// In development, Vite proxies `/graphql` to the gateway started by `npm start`.
const gateway = process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const modules = (p: string) => fileURLToPath(new URL(`../node_modules/${p}`, import.meta.url));

/**
 * What weighs and why it is swapped (see README, "Bundle"): react-router's package exports only its
 * development build (warnings included, 70 kB more); node-polyglot's polyfills pull es-abstract;
 * react-admin's CSV exporter pulls `jsonexport`. Each stand-in does what the back-offices need.
 */
const alias = [
  { find: /^react-router$/, replacement: modules("react-router/dist/production/index.mjs") },
  { find: /^react-router\/dom$/, replacement: modules("react-router/dist/production/dom-export.mjs") },
  { find: /^object\.entries$/, replacement: here("./src/shims/object-entries.cjs") },
  { find: /^hasown$/, replacement: here("./src/shims/hasown.cjs") },
  { find: /^warning$/, replacement: here("./src/shims/warning.cjs") },
  { find: /^jsonexport\/dist(\/index\.js)?$/, replacement: here("./src/shims/jsonexport.ts") },
];

export default defineConfig({
  // precompress: dist/ gets .gz and .br copies the gateway serves as they are (Content-Encoding).
  plugins: [react(), precompress()],
  base: "/",
  resolve: { alias },
  server: { proxy: { "/graphql": { target: gateway, changeOrigin: false } } },
  preview: { proxy: { "/graphql": { target: gateway, changeOrigin: false } } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // dist/.vite/manifest.json: the chunks each back-office loads (test/bundle.test.ts checks the budget).
    manifest: true,
    chunkSizeWarningLimit: 800,
    // No manualChunks on purpose: a forced vendor chunk of react-admin, MUI and their companions
    // weighed 297 kB gzip by itself. Left to the bundler, the modules every back-office runs go to
    // one shared chunk (react-admin's core, cached once), and each screen's widgets (autocomplete,
    // tabs, date inputs) load with that screen. test/bundle.test.ts checks both.
  },
});
