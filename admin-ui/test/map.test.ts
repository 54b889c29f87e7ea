/** The map's geography without a browser: the boundary file's départements, postal codes, the projection's round trip. */
import { codeOfFileName, DEPARTEMENTS, departementOfPostalCode } from "../src/reseau/map/departements";
import { departementAt, departements, focusOf, metropole, projectionFor } from "../src/reseau/map/geo";

describe("départements of the map", () => {
  it("names every département of the boundary file with its INSEE code, once", () => {
    const codes = departements().map((d) => d.properties.code);
    expect(codes.filter((c) => !c)).toEqual([]);
    expect(new Set(codes).size).toBe(101);
    expect([...codes].sort()).toEqual(Object.keys(DEPARTEMENTS).sort());
    expect(codeOfFileName("Seien-et-Marne")).toBe("77");
    expect(departements().find((d) => d.properties.code === "68")?.properties.name).toBe("Haut-Rhin");
    expect(metropole().features).toHaveLength(96);
  });

  it("finds the département of a postal code, Corsica and overseas included", () => {
    expect(
      ["77400", "93 500", "20000", "20200", "97400", "75001", "1234", "", null].map((pc) =>
        departementOfPostalCode(pc),
      ),
    ).toEqual(["77", "93", "2A", "2B", "974", "75", undefined, undefined, undefined]);
  });

  it("puts a point in its département, and the projection gives back the point it drew", () => {
    expect(departementAt(2.435, 48.884)?.properties.name).toBe("Seine-Saint-Denis"); // Romainville
    expect(departementAt(2.707, 48.878)?.properties.name).toBe("Seine-et-Marne"); // Lagny-sur-Marne
    const p = projectionFor(600, 560, focusOf([{ latitude: 48.88, longitude: 2.42 }]));
    const [x, y] = p([2.42, 48.88])!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(600);
    const [lon, lat] = p.invert!([x, y])!;
    expect([Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]).toEqual([2.42, 48.88]);
  });
});
