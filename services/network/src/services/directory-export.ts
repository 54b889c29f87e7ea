import { csvFile } from "@champ-commun/kit";

/**
 * Renderers of the public directory feed for partner sites: GeoJSON for maps, CSV for spreadsheets.
 * Pure functions over public fields only (no database, no GraphQL), so the gateway can serve them
 * as files too.
 */

/** Public fields of an AMAP in the directory. */
export interface DirectoryAmapData {
  id: string;
  name: string;
  city: string;
  postalCode: string;
  latitude: number | null;
  longitude: number | null;
  website: string;
  email: string;
  registrationMode: string;
}

/** Public fields of a farm in the directory. */
export interface DirectoryFarmData {
  id: string;
  name: string;
  city: string;
  productions: string[];
  labels: string[];
  latitude: number | null;
  longitude: number | null;
}

export interface DirectoryData {
  amaps: DirectoryAmapData[];
  farms: DirectoryFarmData[];
}

export interface PointFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown> & { kind: "amap" | "farm" };
}

export interface FeatureCollection {
  type: "FeatureCollection";
  features: PointFeature[];
}

const located = (x: { latitude: number | null; longitude: number | null }) =>
  Number.isFinite(x.latitude) && Number.isFinite(x.longitude);

/** GeoJSON (RFC 7946) points, `[longitude, latitude]`; entries without coordinates cannot be placed and are left out. */
export function directoryFeatureCollection(dir: DirectoryData): FeatureCollection {
  const point = (
    x: { id: string; latitude: number | null; longitude: number | null },
    properties: PointFeature["properties"],
  ): PointFeature => ({
    type: "Feature",
    id: x.id,
    geometry: { type: "Point", coordinates: [x.longitude as number, x.latitude as number] },
    properties,
  });
  return {
    type: "FeatureCollection",
    features: [
      ...dir.amaps.filter(located).map((a) =>
        point(a, {
          kind: "amap",
          id: a.id,
          name: a.name,
          city: a.city,
          postalCode: a.postalCode,
          website: a.website,
          email: a.email,
          registrationMode: a.registrationMode,
        }),
      ),
      ...dir.farms.filter(located).map((f) =>
        point(f, {
          kind: "farm",
          id: f.id,
          name: f.name,
          city: f.city,
          productions: f.productions,
          labels: f.labels,
        }),
      ),
    ],
  };
}

export function directoryGeoJson(dir: DirectoryData): string {
  return JSON.stringify(directoryFeatureCollection(dir));
}

const REGISTRATION_FR: Record<string, string> = {
  open: "ouvertes",
  waiting_list: "liste d'attente",
  closed: "closes",
  full: "complet",
};

export const CSV_HEADER = [
  "Type",
  "Nom",
  "Code postal",
  "Ville",
  "Latitude",
  "Longitude",
  "Site web",
  "E-mail",
  "Inscriptions",
  "Productions",
  "Labels",
];

/** French spreadsheets read a decimal comma in a `;`-separated file. */
function decimal(n: number | null): string {
  return n === null || !Number.isFinite(n) ? "" : String(n).replace(".", ",");
}

/** `;`-separated, CRLF, UTF-8 with a byte-order mark so that Excel opens accents correctly, no formula; header in French (kit csvFile). */
export function directoryCsv(dir: DirectoryData): string {
  return csvFile([
    CSV_HEADER,
    ...dir.amaps.map((a) => [
      "AMAP",
      a.name,
      a.postalCode,
      a.city,
      decimal(a.latitude),
      decimal(a.longitude),
      a.website,
      a.email,
      REGISTRATION_FR[a.registrationMode] ?? a.registrationMode,
      "",
      "",
    ]),
    ...dir.farms.map((f) => [
      "Ferme",
      f.name,
      "",
      f.city,
      decimal(f.latitude),
      decimal(f.longitude),
      "",
      "",
      "",
      f.productions.join(", "),
      f.labels.join(", "),
    ]),
  ]);
}
