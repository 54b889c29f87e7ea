/**
 * The map's geography, without a browser: the départements from the boundary file shipped with the
 * app (departements.topo.json, DONNEES.md), and the Lambert conformal conic projection (that of
 * Lambert 93) fitted to what is shown. No tiles, no request to another site.
 */
import { geoConicConformal, geoContains, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, GeoJsonObject, Geometry, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import topology from "./departements.topo.json";
import { codeOfFileName, DEPARTEMENTS } from "./departements";

export interface DepartementProps {
  code: string;
  name: string;
}
export type Departement = Feature<Geometry, DepartementProps>;

/** A point on the map: an AMAP or a farm with its coordinates. */
export interface MapPoint {
  id: string;
  kind: "amap" | "farm";
  name: string;
  latitude: number;
  longitude: number;
}

let cached: Departement[] | null = null;

/** The 101 départements, with their INSEE code and name. */
export function departements(): Departement[] {
  if (!cached) {
    const topo = topology as unknown as Topology<{ units: GeometryCollection<{ name: string }> }>;
    const all = feature(topo, topo.objects.units) as FeatureCollection<Geometry, { name: string }>;
    cached = all.features.map((f) => {
      const code = codeOfFileName(f.properties.name) ?? "";
      return { ...f, properties: { code, name: DEPARTEMENTS[code] ?? f.properties.name } };
    });
  }
  return cached;
}

export const departementByCode = (code: string | undefined) =>
  code ? departements().find((d) => d.properties.code === code) : undefined;

/** Metropolitan France and Corsica: the default view. */
export function metropole(): FeatureCollection<Geometry, DepartementProps> {
  return { type: "FeatureCollection", features: departements().filter((d) => !d.properties.code.startsWith("97")) };
}

/** At least this much around points, in degrees: a single AMAP is shown with its surroundings. */
const MIN_SPAN = 0.35;

/** What to fit the view to: the points (with some room around them), else metropolitan France. */
export function focusOf(points: ReadonlyArray<{ latitude: number; longitude: number }>): GeoJsonObject {
  if (!points.length) return metropole();
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(MIN_SPAN - (e - w), 0) / 2 + (e - w) * 0.08;
  const padLat = Math.max(MIN_SPAN - (n - s), 0) / 2 + (n - s) * 0.08;
  // A box drawn clockwise as seen on the map (d3-geo's spherical winding: the small area inside).
  const box: Polygon = {
    type: "Polygon",
    coordinates: [
      [
        [w - padLon, s - padLat],
        [w - padLon, n + padLat],
        [e + padLon, n + padLat],
        [e + padLon, s - padLat],
        [w - padLon, s - padLat],
      ],
    ],
  };
  return box;
}

/** The projection of a `width` × `height` drawing showing `focus` with a margin. */
export function projectionFor(width: number, height: number, focus: GeoJsonObject, margin = 12): GeoProjection {
  return geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      focus as never,
    );
}

/** Coordinates as the API keeps them: 5 decimals (about a metre). */
export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** The département containing a point, if any. */
export function departementAt(longitude: number, latitude: number): Departement | undefined {
  return departements().find((d) => geoContains(d, [longitude, latitude]));
}
