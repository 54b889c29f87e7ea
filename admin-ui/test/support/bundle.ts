/**
 * What each back-office downloads on its first load, from the build's manifest (dist/.vite/manifest.json):
 * the page's entry and its static imports, the back-office's chunk and its static imports, and the
 * chunk of its main screen (the dashboard) with its static imports. Sizes gzipped, as served.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestEntry {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestEntry>;

export const MAIN_SCREENS: Record<string, { entry: string; main: string }> = {
  "/reseau": { entry: "src/reseau/ReseauAdmin.tsx", main: "src/reseau/NetworkDashboard.tsx" },
  "/amap": { entry: "src/amap/AmapAdmin.tsx", main: "src/amap/AmapDashboard.tsx" },
  "/paysan": { entry: "src/paysan/PaysanAdmin.tsx", main: "src/paysan/FarmerDashboard.tsx" },
  "/moi": { entry: "src/moi/MoiAdmin.tsx", main: "src/moi/Agenda.tsx" },
};

export function readManifest(dist: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8")) as Manifest;
}

/** The files a module needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string, out = new Set<string>()): Set<string> {
  const e = manifest[key];
  if (!e || out.has(e.file)) return out;
  out.add(e.file);
  for (const css of e.css ?? []) out.add(css);
  for (const i of e.imports ?? []) staticClosure(manifest, i, out);
  return out;
}

export function gzipSize(dist: string, file: string): number {
  return gzipSync(fs.readFileSync(path.join(dist, file))).length;
}

export interface FirstLoad {
  path: string;
  files: string[];
  gzipBytes: number;
}

export function firstLoads(dist: string): FirstLoad[] {
  const manifest = readManifest(dist);
  const index = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  return Object.entries(MAIN_SCREENS).map(([p, { entry, main }]) => {
    const files = new Set<string>();
    for (const key of [index, entry, main]) {
      if (!manifest[key]) throw new Error(`${key} is not in the build's manifest`);
      staticClosure(manifest, key, files);
    }
    const list = [...files].sort();
    return { path: p, files: list, gzipBytes: list.reduce((s, f) => s + gzipSize(dist, f), 0) };
  });
}
