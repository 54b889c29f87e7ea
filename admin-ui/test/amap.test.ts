/**
 * The AMAP back-office's pure rules: form checks, the renewal's input, the cheque table, the
 * sign-off sheet's layout, the first-run guide's steps and the history's words.
 */
import {
  chequeNumber,
  maxNotBelowMin,
  notBefore,
  percent,
  positivePrice,
  postalCode,
  productOnce,
  timeOfDay,
  toCents,
} from "../src/amap/validation";
import { nextSeason, renamedForSeason, renewInput } from "../src/amap/templates/renewal";
import { toTemplateInput } from "../src/amap/templates/templateInput";
import { chequeGrid, monthLabel } from "../src/amap/installments/chequeGrid";
import { sheetTable, type NoteWords } from "../src/amap/distributions/sheetTable";
import { firstRunSteps } from "../src/amap/firstRun";
import { auditDetails } from "../src/amap/audit/auditWords";
import { amapFr } from "../src/amap/messages";

describe("form checks", () => {
  it("reads euros the French way and refuses what is not an amount", () => {
    expect([toCents("4,90"), toCents("4.9"), toCents("12"), toCents(" 1 250,5 € "), toCents(490)]).toEqual([
      490, 490, 1200, 125050, 490,
    ]);
    expect([toCents("4,901"), toCents("abc"), toCents(""), toCents(null)]).toEqual([null, null, null, null]);
    expect([
      positivePrice("0"),
      positivePrice("-2"),
      positivePrice("x"),
      positivePrice("5,10"),
      positivePrice(""),
    ]).toEqual(["champ.amap.errors.price", "champ.amap.errors.price", "champ.amap.errors.price", undefined, undefined]);
  });

  it("takes a cheque number of digits only", () => {
    expect([
      chequeNumber("-12"),
      chequeNumber("C1"),
      chequeNumber("12 5"),
      chequeNumber("0001234"),
      chequeNumber(""),
    ]).toEqual([
      "champ.amap.errors.chequeNumber",
      "champ.amap.errors.chequeNumber",
      "champ.amap.errors.chequeNumber",
      undefined,
      undefined,
    ]);
  });

  it("compares a field with another one, inside lines too", () => {
    expect(notBefore("from", "toBeforeFrom")("2027-01-01", { from: "2027-02-01" })).toBe(
      "champ.amap.errors.toBeforeFrom",
    );
    expect(notBefore("from", "toBeforeFrom")("2027-02-01", { from: "2027-02-01" })).toBeUndefined();
    const lines = {
      lines: [
        { productId: "a", minQuantity: 2 },
        { productId: "a", minQuantity: 0 },
      ],
    };
    expect(maxNotBelowMin(1, lines, { finalSource: "lines.0.maxQuantity" })).toBe("champ.amap.errors.maxBelowMin");
    expect(maxNotBelowMin(1, lines, { finalSource: "lines.1.maxQuantity" })).toBeUndefined();
    expect(productOnce("a", lines, { finalSource: "lines.1.productId" })).toBe("champ.amap.errors.sameProduct");
    expect(productOnce("a", lines, { finalSource: "lines.0.productId" })).toBeUndefined();
    expect([
      timeOfDay("18:30"),
      timeOfDay("18h30"),
      postalCode("93170"),
      postalCode("931"),
      percent("3,5"),
      percent("-100"),
    ]).toEqual([
      undefined,
      "champ.amap.errors.time",
      undefined,
      "champ.amap.errors.postalCode",
      undefined,
      "champ.amap.errors.percent",
    ]);
  });

  it("names every message it returns", () => {
    const keys = Object.keys(amapFr.errors).map((k) => `champ.amap.errors.${k}`);
    for (const key of [
      "price",
      "chequeNumber",
      "maxBelowMin",
      "sameProduct",
      "toBeforeFrom",
      "time",
      "postalCode",
      "percent",
    ])
      expect(keys).toContain(`champ.amap.errors.${key}`);
  });
});

describe("contract templates", () => {
  it("sends the API's line keys only, prices in cents, and leaves what only a draft changes once open", () => {
    const record = {
      id: "t",
      status: "open",
      name: "Légumes",
      kind: "fixed",
      minTotalCents: "10,00",
      distributionIds: ["d1"],
      lines: [
        {
          id: "l1",
          productId: "p",
          productName: "Panier",
          unit: "panier",
          position: 0,
          unitPriceCents: "18,50",
          minQuantity: 0,
          maxQuantity: 4,
        },
      ],
    };
    const open = toTemplateInput(record);
    expect(open).not.toHaveProperty("lines");
    expect(open).not.toHaveProperty("distributionIds");
    expect(open).not.toHaveProperty("kind");
    expect(open.minTotalCents).toBe(1000);
    const draft = toTemplateInput({ ...record, status: "draft" });
    expect(draft.lines).toEqual([
      { id: "l1", productId: "p", unitPriceCents: 1850, minQuantity: 0, maxQuantity: 4, quotaPerDelivery: null },
    ]);
  });

  it("renews for the next season with only RenewContractTemplateInput's fields", () => {
    expect([nextSeason("2026"), nextSeason("2026-2027"), nextSeason("Printemps")]).toEqual(["2027", "2027-2028", ""]);
    expect(renamedForSeason("Légumes 2026 – Ferme", "2026", "2027")).toBe("Légumes 2027 – Ferme");
    const values = {
      season: " 2027 ",
      name: "Légumes 2027",
      datesMode: "shift",
      shiftDays: "364",
      priceIncreasePercent: "3,5",
      distributionIds: [],
      id: "t",
      status: "open",
      lines: [],
    };
    expect(renewInput(values)).toEqual({
      season: "2027",
      name: "Légumes 2027",
      shiftDays: 364,
      priceIncreasePercent: 3.5,
    });
    expect(
      renewInput({ ...values, datesMode: "choose", distributionIds: ["d1", "d2"], priceIncreasePercent: "" }),
    ).toEqual({ season: "2027", name: "Légumes 2027", distributionIds: ["d1", "d2"] });
  });
});

describe("the cheque table of a contract", () => {
  it("puts each household on a row and each month in a column, with totals, leaving cancelled installments out", () => {
    const grid = chequeGrid([
      {
        id: "1",
        householdId: "b",
        household: { displayName: "Foyer Bernard" },
        dueOn: "2027-01-17",
        amountCents: 2000,
        status: "received",
        means: "cheque",
        chequeNumber: "12",
      },
      {
        id: "2",
        householdId: "a",
        household: { displayName: "Foyer Àlvarez" },
        dueOn: "2027-01-17",
        amountCents: 1000,
        status: "to_provide",
        means: "cheque",
      },
      {
        id: "3",
        householdId: "a",
        household: { displayName: "Foyer Àlvarez" },
        dueOn: "2027-02-17",
        amountCents: 1000,
        status: "to_provide",
        means: "cheque",
      },
      {
        id: "4",
        householdId: "a",
        household: { displayName: "Foyer Àlvarez" },
        dueOn: "2027-03-17",
        amountCents: 0,
        status: "cancelled",
        means: "cheque",
      },
    ]);
    expect(grid.months).toEqual(["2027-01", "2027-02"]);
    expect(grid.rows.map((r) => [r.name, r.totalCents, Object.keys(r.cells)])).toEqual([
      ["Foyer Àlvarez", 2000, ["2027-01", "2027-02"]],
      ["Foyer Bernard", 2000, ["2027-01"]],
    ]);
    expect([grid.monthTotals, grid.totalCents, grid.byStatus]).toEqual([
      { "2027-01": 3000, "2027-02": 1000 },
      4000,
      { received: 1, to_provide: 2 },
    ]);
    expect(monthLabel("2027-01")).toBe("janv. 2027");
  });
});

describe("the sign-off sheet's layout", () => {
  const words: NoteWords = {
    status: (s) => s,
    movedFrom: (d) => `livraison du ${d}`,
    postponedTo: (d) => `reporté au ${d}`,
    givenTo: (n) => `cédé à ${n}`,
    takenFrom: (n) => `repris de ${n}`,
    alternating: (n) => `en alternance avec ${n}`,
    with: (n) => `avec ${n}`,
  };
  const item = (templateName: string, productName: string, quantity: number, status = "to_collect", more = {}) => ({
    templateName,
    productName,
    unit: "u",
    quantity,
    status,
    ...more,
  });

  it("counts what each household collects per product, and only that in the totals", () => {
    const { columns, groups, rows, totals } = sheetTable(
      [
        { name: "Alpha", items: [item("Légumes", "Panier", 1), item("Œufs", "Douzaine", 2)] },
        {
          name: "Beta",
          items: [
            item("Légumes", "Panier", 1, "absent"),
            item("Légumes", "Demi-panier", 1, "taken_over", { takenFrom: "Gamma" }),
          ],
        },
        { name: "Gamma", items: [item("Légumes", "Demi-panier", 1, "given_away", { givenTo: "Beta" })] },
      ],
      words,
    );
    expect(columns.map((c) => c.productName)).toEqual(["Demi-panier", "Panier", "Douzaine"]);
    expect(groups).toEqual([
      { name: "Légumes", span: 2 },
      { name: "Œufs", span: 1 },
    ]);
    expect(rows.map((r) => [r.name, columns.map((c) => r.quantities[c.key] ?? 0), r.notes])).toEqual([
      ["Alpha", [0, 1, 2], []],
      ["Beta", [1, 0, 0], ["Panier : absent", "repris de Gamma"]],
      ["Gamma", [0, 0, 0], ["Demi-panier : cédé à Beta"]],
    ]);
    expect(columns.map((c) => totals[c.key])).toEqual([1, 1, 2]);
  });
});

describe("the first-run guide", () => {
  it("ticks each step from the counts, in the order a board takes them", () => {
    const steps = firstRunSteps({ places: 1, distributions: 0, periods: 1, templates: 0, households: 0 });
    expect(steps.map((s) => [s.key, s.done])).toEqual([
      ["places", true],
      ["calendar", false],
      ["membership", true],
      ["contract", false],
      ["members", false],
    ]);
  });
});

describe("the history in words", () => {
  const fr: Record<string, string> = {
    "champ.amap.audit.entity.Installment": "Échéance",
    "champ.amap.audit.action.Installment.receive": "Chèque reçu",
    "champ.enums.installmentStatus.to_provide": "Pas encore reçu",
    "champ.enums.installmentStatus.received": "Reçu, à remettre au paysan",
    "champ.amap.audit.chequeNumber": "chèque n° %{number}",
  };
  const translate = (key: string, o?: Record<string, unknown>) =>
    (fr[key] ?? (o?._ as string) ?? key).replace(/%\{(\w+)\}/g, (_, k) => String(o?.[k] ?? ""));

  it("tells who got what, never ids, enum values or JSON", () => {
    const { title, details } = auditDetails(
      {
        id: "e",
        at: "2027-01-07T17:42:00Z",
        actorId: "0190",
        actorName: "Dominique Trésorière",
        householdName: "Foyer Martin",
        entity: "Installment",
        entityId: "0191f0e2-0000-7000-8000-000000000001",
        action: "receive",
        before: JSON.stringify({ status: "to_provide", amountCents: 5400 }),
        after: JSON.stringify({
          status: "received",
          amountCents: 5400,
          chequeNumber: "1234500",
          receivedOn: "2027-01-07",
          householdId: "0191f0e2-0000-7000-8000-000000000002",
        }),
      },
      translate,
    );
    expect(title).toBe("Chèque reçu");
    expect(details.join(" · ").replace(/\u202f|\u00a0/g, " ")).toBe(
      "Foyer Martin · 54,00 € · chèque n° 1234500 · Pas encore reçu → Reçu, à remettre au paysan · jeu. 7 janv. 2027",
    );
  });
});
