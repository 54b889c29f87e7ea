/**
 * The map itself: départements drawn with d3-geo in an SVG that scales with its box, AMAPs as
 * green discs and farms as brown squares (each with its name as a tooltip), and, when `onPick` is
 * given, a click that answers the clicked point's longitude and latitude.
 */
import { useMemo, type MouseEvent } from "react";
import { geoPath } from "d3-geo";
import type { GeoJsonObject } from "geojson";
import { departements, projectionFor, round5, type MapPoint } from "./geo";

const WIDTH = 600;
const HEIGHT = 560;

export interface MapViewProps {
  label: string;
  points: MapPoint[];
  focus: GeoJsonObject;
  /** Clicking places something: the point clicked, rounded to 5 decimals. */
  onPick?: (at: { longitude: number; latitude: number }) => void;
  /** A point to show apart (the one being placed). */
  highlight?: string;
}

export const MapView = ({ label, points, focus, onPick, highlight }: MapViewProps) => {
  const projection = useMemo(() => projectionFor(WIDTH, HEIGHT, focus), [focus]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const shapes = useMemo(
    () => departements().map((d) => ({ code: d.properties.code, name: d.properties.name, d: path(d) ?? "" })),
    [path],
  );

  const pick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const svg = e.currentTarget;
    const m = svg.getScreenCTM();
    if (!m) return;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    const lonLat = projection.invert?.([at.x, at.y]);
    if (lonLat) onPick({ longitude: round5(lonLat[0]), latitude: round5(lonLat[1]) });
  };

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      className="cc-map"
      data-picking={onPick ? "true" : undefined}
      onClick={pick}
      style={{
        width: "100%",
        height: "auto",
        display: "block",
        cursor: onPick ? "crosshair" : "default",
        overflow: "hidden",
      }}
    >
      <rect width={WIDTH} height={HEIGHT} fill="#dfeaf2" />
      <g>
        {shapes.map((s) => (
          <path
            key={s.code || s.name}
            d={s.d}
            fill="#f4f1e6"
            stroke="#9aa58f"
            strokeWidth={0.7}
            data-departement={s.code}
          >
            <title>{s.name}</title>
          </path>
        ))}
      </g>
      <g>
        {points.map((p) => {
          const xy = projection([p.longitude, p.latitude]);
          if (!xy) return null;
          const [x, y] = xy;
          const strong = p.id === highlight;
          const common = {
            "data-point": `${p.kind}:${p.id}`,
            "data-x": x.toFixed(1),
            "data-y": y.toFixed(1),
            stroke: "#fff",
            strokeWidth: 1.5,
          };
          return p.kind === "amap" ? (
            <circle
              key={`${p.kind}:${p.id}`}
              cx={x}
              cy={y}
              r={strong ? 9 : 6}
              fill={strong ? "#b3261e" : "#2e6b30"}
              {...common}
            >
              <title>{p.name}</title>
            </circle>
          ) : (
            <rect
              key={`${p.kind}:${p.id}`}
              x={x - (strong ? 8 : 5.5)}
              y={y - (strong ? 8 : 5.5)}
              width={strong ? 16 : 11}
              height={strong ? 16 : 11}
              fill={strong ? "#b3261e" : "#8a5a12"}
              {...common}
            >
              <title>{p.name}</title>
            </rect>
          );
        })}
      </g>
    </svg>
  );
};
