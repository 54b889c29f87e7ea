/** The product × date grid editor: its model (pure) and its markup, rendered with react-dom/server. */
import { renderToStaticMarkup } from "react-dom/server";
import { GridEditor, type GridLabels } from "../src/shared/grid/GridEditor";
import {
  cellKey,
  cellProblems,
  fillLine,
  gridTotalCents,
  installmentAmounts,
  offeredCells,
  setCell,
  toLineInputs,
  type GridDate,
  type GridLine,
} from "../src/shared/grid/model";

const lines: GridLine[] = [
  { id: "eggs", productName: "Douzaine d'œufs", unit: "douzaine", unitPriceCents: 480, minQuantity: 0, maxQuantity: 4 },
  { id: "chicken", productName: "Poulet fermier", unit: "kg", unitPriceCents: 1350, minQuantity: 1, maxQuantity: null },
];
const dates: GridDate[] = [
  { distributionId: "d1", date: "2026-12-03" },
  { distributionId: "d2", date: "2026-12-10" },
  { distributionId: "d3", date: "2026-12-17", status: "cancelled" },
];
// Chicken only on the first date; everything offered on d3 but it is cancelled.
const offered = offeredCells([
  { templateLineId: "eggs", distributionId: "d1" },
  { templateLineId: "eggs", distributionId: "d2" },
  { templateLineId: "eggs", distributionId: "d3" },
  { templateLineId: "chicken", distributionId: "d1" },
]);
const labels: GridLabels = {
  date: "Date",
  fill: "À chaque date",
  apply: "Appliquer",
  notOffered: "non proposé",
  cancelled: "annulée",
  formatDate: (d) => d.split("-").reverse().join("/"),
  formatPrice: (c) => `${(c / 100).toFixed(2)} €`,
  problem: (p) => (p.max !== undefined ? `Au plus ${p.max}` : `Au moins ${p.min}`),
};

describe("grid model", () => {
  it("fills a product at every date it is offered, skipping cancelled and unavailable ones", () => {
    expect(fillLine({}, "eggs", dates, offered, 2)).toEqual({ [cellKey("eggs", "d1")]: 2, [cellKey("eggs", "d2")]: 2 });
    expect(fillLine({}, "chicken", dates, offered, 1)).toEqual({ [cellKey("chicken", "d1")]: 1 });
  });

  it("drops zero or invalid quantities and sends only the non-zero cells", () => {
    let cells = setCell({}, "eggs", "d1", 3);
    cells = setCell(cells, "eggs", "d2", NaN);
    cells = setCell(cells, "chicken", "d1", -2);
    expect(toLineInputs(cells)).toEqual([{ templateLineId: "eggs", distributionId: "d1", quantity: 3 }]);
  });

  it("totals quantity × unit price and splits it into installments, the remainder on the first", () => {
    const cells = { [cellKey("eggs", "d1")]: 2, [cellKey("eggs", "d2")]: 1, [cellKey("chicken", "d1")]: 1 };
    expect(gridTotalCents(cells, lines)).toBe(3 * 480 + 1350);
    expect(installmentAmounts(2790, 3)).toEqual([930, 930, 930]);
    expect(installmentAmounts(1000, 3)).toEqual([334, 333, 333]);
    expect(installmentAmounts(1000, 3).reduce((a, b) => a + b)).toBe(1000);
    expect(installmentAmounts(0, 3)).toEqual([]);
  });

  it("keeps a negative or fractional quantity as typed, refuses it, and leaves it out of the total and of what is sent", () => {
    let cells = setCell({}, "eggs", "d1", -2);
    cells = setCell(cells, "eggs", "d2", 1.5);
    cells = setCell(cells, "chicken", "d1", 2);
    expect(cells[cellKey("eggs", "d1")]).toBe(-2);
    expect(cellProblems(cells, lines)).toEqual({
      [cellKey("eggs", "d1")]: { negative: true },
      [cellKey("eggs", "d2")]: { invalid: true },
    });
    expect(gridTotalCents(cells, lines)).toBe(2 * 1350);
    expect(toLineInputs(cells)).toEqual([{ templateLineId: "chicken", distributionId: "d1", quantity: 2 }]);
  });

  it("flags the cells above a line's maximum or below its minimum", () => {
    expect(cellProblems({ [cellKey("eggs", "d1")]: 5, [cellKey("eggs", "d2")]: 4 }, lines)).toEqual({
      [cellKey("eggs", "d1")]: { max: 4 },
    });
    expect(cellProblems({ [cellKey("chicken", "d1")]: 0 }, lines)).toEqual({});
  });
});

describe("GridEditor", () => {
  const html = (props: Partial<Parameters<typeof GridEditor>[0]> = {}) =>
    renderToStaticMarkup(
      <GridEditor
        caption="Quantités"
        mode="quantity"
        lines={lines}
        dates={dates}
        offered={offered}
        labels={labels}
        {...props}
      />,
    );

  it("is a captioned table: dates as row headers, products (unit, price) as column headers", () => {
    const out = html();
    expect(out).toContain("<caption>Quantités</caption>");
    expect(out).toContain(
      '<th scope="col"><span class="cc-grid-product">Douzaine d&#x27;œufs</span><span class="cc-grid-unit">douzaine · 4.80 €</span></th>',
    );
    expect(out).toContain('<th scope="row">03/12/2026</th>');
    expect(out).toMatch(/<th scope="row">17\/12\/2026<span class="cc-grid-unit">annulée<\/span><\/th>/);
  });

  it("labels every input with its product and date, and marks the cells not offered", () => {
    const out = html({ cells: { [cellKey("eggs", "d1")]: 2 } });
    expect(out).toContain('aria-label="Douzaine d&#x27;œufs — 03/12/2026"');
    expect(out).toMatch(/aria-label="Douzaine d&#x27;œufs — 03\/12\/2026"[^>]*value="2"/);
    expect(out).toContain('aria-label="Poulet fermier — 10/12/2026 : non proposé"');
    // A cancelled date offers no input at all.
    expect(out).not.toContain('aria-label="Douzaine d&#x27;œufs — 17/12/2026"');
    expect(out).toContain('aria-label="À chaque date : Poulet fermier"');
  });

  it("shows a cell outside the bounds as invalid, and says why right under it", () => {
    const out = html({
      cells: { [cellKey("eggs", "d1")]: 6 },
      problems: cellProblems({ [cellKey("eggs", "d1")]: 6 }, lines),
    });
    expect(out).toMatch(
      /aria-invalid="true" aria-describedby="(cc-cell-eggs_d1)" title="Au plus 4"[^>]*\/><span id="\1" class="cc-grid-problem">Au plus 4<\/span>/,
    );
  });

  it("in availability mode, is a checkbox per cell, checked where the template offers it", () => {
    const out = html({ mode: "availability" });
    expect(out).toMatch(/<input type="checkbox" aria-label="Poulet fermier — 03\/12\/2026" checked=""\/>/);
    expect(out).toMatch(/<input type="checkbox" aria-label="Poulet fermier — 10\/12\/2026"\/>/);
    expect(out).not.toContain("À chaque date");
  });
});
