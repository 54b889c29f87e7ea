/**
 * The product × date grid editor: one row per delivery date, one column per product, so it reads
 * down a phone screen. In "quantity" mode each offered cell is a number input (a household's
 * subscription); in "availability" mode a checkbox (which cells a template offers). Every input
 * is labelled with its product and date for screen readers and keyboard users. Plain HTML (styles
 * in landing.css), no react-admin: rendered as is by its component test.
 */
import { useState } from "react";
import {
  cellKey,
  fillLine,
  isOffered,
  setCell,
  type CellProblem,
  type Cells,
  type GridDate,
  type GridLine,
} from "./model";

export interface GridLabels {
  date: string;
  /** "Same quantity at every date" */
  fill: string;
  apply: string;
  notOffered: string;
  /** e.g. (d) => "jeu. 3 déc. 2026" */
  formatDate: (date: string) => string;
  formatPrice: (cents: number) => string;
  cancelled: string;
  /** Message for a cell the API would refuse (negative, fractional, below the minimum or above the maximum). */
  problem?: (p: CellProblem) => string;
}

export interface GridEditorProps {
  caption: string;
  mode: "quantity" | "availability";
  lines: readonly GridLine[];
  dates: readonly GridDate[];
  /** Offered cells (`lineId|distributionId`); in availability mode, the value edited. */
  offered: ReadonlySet<string>;
  /** Quantities (quantity mode). */
  cells?: Cells;
  onCellsChange?: (cells: Cells) => void;
  onOfferedChange?: (offered: Set<string>) => void;
  labels: GridLabels;
  problems?: Record<string, CellProblem>;
  disabled?: boolean;
  /** Offered for the "fill every date" row; hidden with a single date. */
  fillRow?: boolean;
}

export function GridEditor({
  caption,
  mode,
  lines,
  dates,
  offered,
  cells = {},
  onCellsChange,
  onOfferedChange,
  labels,
  problems = {},
  disabled,
  fillRow = true,
}: GridEditorProps) {
  const [fills, setFills] = useState<Record<string, number>>({});
  // What is being typed in a cell, as typed: a number input reads "" while "-" is typed, and
  // writing 0 back would turn "-2" into "02" (a negative must reach the checks, not vanish).
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const fill = (lineId: string, quantity: number) => {
    setDrafts({});
    onCellsChange?.(fillLine(cells, lineId, dates, offered, quantity));
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(offered);
    if (on) next.add(key);
    else next.delete(key);
    onOfferedChange?.(next);
  };
  return (
    <div className="cc-grid-wrap">
      <table className="cc-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.date}</th>
            {lines.map((l) => (
              <th scope="col" key={l.id}>
                <span className="cc-grid-product">{l.productName}</span>
                <span className="cc-grid-unit">
                  {l.unit} · {labels.formatPrice(l.unitPriceCents)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mode === "quantity" && fillRow && dates.length > 1 && (
            <tr className="cc-grid-fill">
              <th scope="row">{labels.fill}</th>
              {lines.map((l) => (
                <td key={l.id}>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={l.maxQuantity ?? undefined}
                    aria-label={`${labels.fill} : ${l.productName}`}
                    disabled={disabled}
                    value={fills[l.id] ?? ""}
                    onChange={(e) => setFills({ ...fills, [l.id]: Number(e.target.value) })}
                    onKeyDown={(e) => {
                      if (e.key === "Enter") {
                        e.preventDefault();
                        fill(l.id, Number((e.target as HTMLInputElement).value));
                      }
                    }}
                  />
                  <button
                    type="button"
                    disabled={disabled}
                    onClick={() => fill(l.id, fills[l.id] ?? 0)}
                    aria-label={`${labels.apply} : ${l.productName}`}
                  >
                    {labels.apply}
                  </button>
                </td>
              ))}
            </tr>
          )}
          {dates.map((d) => (
            <tr key={d.distributionId} className={d.status === "cancelled" ? "cc-grid-cancelled" : undefined}>
              <th scope="row">
                {labels.formatDate(d.date)}
                {d.status === "cancelled" && <span className="cc-grid-unit">{labels.cancelled}</span>}
              </th>
              {lines.map((l) => {
                const key = cellKey(l.id, d.distributionId);
                const name = `${l.productName} — ${labels.formatDate(d.date)}`;
                if (mode === "availability") {
                  return (
                    <td key={l.id}>
                      <input
                        type="checkbox"
                        aria-label={name}
                        checked={offered.has(key)}
                        disabled={disabled || d.status === "cancelled"}
                        onChange={(e) => toggle(key, e.target.checked)}
                      />
                    </td>
                  );
                }
                if (!isOffered(offered, l.id, d)) {
                  return (
                    <td key={l.id} className="cc-grid-off">
                      <span aria-label={`${name} : ${labels.notOffered}`}>—</span>
                    </td>
                  );
                }
                const problem = problems[key];
                const message = problem && labels.problem ? labels.problem(problem) : undefined;
                const messageId = `cc-cell-${key.replace(/[^\w-]/g, "_")}`;
                return (
                  <td key={l.id} className={message ? "cc-grid-refused" : undefined}>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={l.maxQuantity ?? undefined}
                      aria-label={name}
                      aria-invalid={problem ? "true" : undefined}
                      aria-describedby={message ? messageId : undefined}
                      title={message}
                      disabled={disabled}
                      value={drafts[key] ?? cells[key] ?? 0}
                      onChange={(e) => {
                        const raw = e.target.value;
                        setDrafts((x) => ({ ...x, [key]: raw }));
                        onCellsChange?.(setCell(cells, l.id, d.distributionId, raw === "" ? 0 : Number(raw)));
                      }}
                      onBlur={() =>
                        setDrafts((x) => {
                          const { [key]: _, ...rest } = x;
                          return rest;
                        })
                      }
                    />
                    {message && (
                      <span id={messageId} className="cc-grid-problem">
                        {message}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
