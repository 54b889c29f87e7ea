import { DomainError } from "../../kit/src/errors";
import { uuidv7 } from "../../kit/src/ids";
import { ContractTemplateService } from "../src/services/contract-template.service";
import { networkDirectory } from "../src/services/network-directory";
import { firstError, Harness, openHarness, seedNetwork } from "./harness";

let h: Harness;
let net: Awaited<ReturnType<typeof seedNetwork>>;
let dates: Array<{ id: string; date: string }>;
let otherAmapDistributionId: string;

const CREATE = `mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) {
  id status kind payeeName allowedInstallmentCounts acceptedMeans amap { id } farm { id }
  lines { id productName unit unitPriceCents maxQuantity position product { id } }
  distributions { id date } availability { templateLineId distributionId } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  amapId: net.amapId,
  farmId: net.farmId,
  name: "Légumes et œufs 2026",
  season: "2026",
  text: "Le paysan s'engage à livrer…",
  acceptedMeans: ["cheque", "transfer"],
  allowedInstallmentCounts: [2, 1, 2],
  subscriptionOpensOn: "2025-12-01",
  cashingDates: ["2026-01-20", "2026-01-05"],
  lines: [
    { productId: net.vegetablesId, unitPriceCents: 1800, minQuantity: 1, maxQuantity: 2 },
    { productId: net.eggsId, unitPriceCents: 420, maxQuantity: 3 },
  ],
  distributionIds: dates.map((d) => d.id).reverse(),
  ...over,
});

beforeAll(async () => {
  h = await openHarness("templates", true);
  net = await seedNetwork(h);
  const gen = `mutation($input: GenerateDistributionsInput!) { generateDistributions(input: $input) { id date } }`;
  const common = {
    from: "2026-01-01",
    to: "2026-01-31",
    cycle: "weekly",
    weekday: 2,
    startTime: "18:30",
    endTime: "20:00",
  };
  dates = (await h.run(gen, { input: { ...common, amapId: net.amapId } })).data!.generateDistributions;
  otherAmapDistributionId = (await h.run(gen, { input: { ...common, amapId: uuidv7() } })).data!
    .generateDistributions[0].id;
});
afterAll(() => h.close());

describe("contract templates", () => {
  let template: Record<string, any>;

  it("creates a draft with lines, dates, snapshots and every cell available", async () => {
    const res = await h.run(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    template = res.data!.createContractTemplate;
    expect(template).toMatchObject({
      status: "draft",
      kind: "fixed",
      payeeName: "EARL du Bout du Monde",
      allowedInstallmentCounts: [1, 2],
      acceptedMeans: ["cheque", "transfer"],
    });
    expect(template.amap).toEqual({ id: net.amapId });
    expect(template.farm).toEqual({ id: net.farmId });
    expect(template.lines.map((l: any) => [l.productName, l.unit, l.unitPriceCents, l.position, l.product.id])).toEqual(
      [
        ["Panier de légumes", "panier", 1800, 0, net.vegetablesId],
        ["Œufs", "douzaine", 420, 1, net.eggsId],
      ],
    );
    expect(template.distributions.map((d: any) => d.date)).toEqual([
      "2026-01-06",
      "2026-01-13",
      "2026-01-20",
      "2026-01-27",
    ]);
    expect(template.availability).toHaveLength(8);
  });

  it("rejects a product of another farm, an unknown or foreign date, a negative price, bad installments", async () => {
    const res = await h.run(CREATE, {
      input: input({
        lines: [
          { productId: net.vegetablesId, unitPriceCents: -5 },
          { productId: net.foreignProductId, unitPriceCents: 300 },
          { productId: uuidv7(), unitPriceCents: 300, minQuantity: 2, maxQuantity: 1 },
        ],
        distributionIds: [dates[0].id, otherAmapDistributionId],
        allowedInstallmentCounts: [0, 13],
      }),
    });
    const err = firstError(res);
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.fields).sort()).toEqual([
      "allowedInstallmentCounts",
      "distributionIds",
      "lines.0.unitPriceCents",
      "lines.1.productId",
      "lines.2.maxQuantity",
      "lines.2.productId",
    ]);
    expect(err.fields["lines.1.productId"]).toBe("Ce produit n'est pas vendu par la ferme du contrat.");
    const unknown = await h.run(CREATE, { input: input({ distributionIds: [uuidv7()], amapId: net.amapId }) });
    expect(firstError(unknown).fields.distributionIds).toMatch(/pas une distribution de cette AMAP/);
  });

  it("rejects empty lines, an unknown AMAP or farm, and a price that is not whole cents", async () => {
    const empty = await h.run(CREATE, {
      input: input({ lines: [], amapId: uuidv7(), farmId: uuidv7(), distributionIds: [] }),
    });
    expect(Object.keys(firstError(empty).fields).sort()).toEqual(["amapId", "farmId", "lines"]);
    const service = new ContractTemplateService(h.ds.manager, networkDirectory(h.forwardHeaders));
    const err = await service
      .create(input({ lines: [{ productId: net.eggsId, unitPriceCents: 12.5 }] }) as never)
      .catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(Object.keys((err as DomainError).fields)).toEqual(["lines.0.unitPriceCents"]);
  });

  it("edits a draft: keeps a line by id and its cells, adds a line on every date, drops a date", async () => {
    const [vegetables, eggs] = template.lines;
    const off = await h.run(
      `mutation($t: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $t, cells: $cells }) { templateLineId distributionId } }`,
      {
        t: template.id,
        cells: [dates[1], dates[3]].map((d) => ({ templateLineId: eggs.id, distributionId: d.id, available: false })),
      },
    );
    expect(off.data!.setTemplateAvailability).toHaveLength(6);
    const res = await h.run(
      `mutation($input: UpdateContractTemplateInput!) { updateContractTemplate(input: $input) { name lines { id productName unitPriceCents } distributions { id } availability { templateLineId distributionId } } }`,
      {
        input: {
          id: template.id,
          name: "Légumes, œufs et poulet 2026",
          lines: [
            { id: eggs.id, productId: net.eggsId, unitPriceCents: 450 },
            { productId: net.chickenId, unitPriceCents: 1250 },
          ],
          distributionIds: dates.slice(0, 3).map((d) => d.id),
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const updated = res.data!.updateContractTemplate;
    expect(updated.lines.map((l: any) => [l.productName, l.unitPriceCents])).toEqual([
      ["Œufs", 450],
      ["Poulet", 1250],
    ]);
    expect(updated.lines[0].id).toBe(eggs.id);
    expect(updated.lines.map((l: any) => l.id)).not.toContain(vegetables.id);
    const cells = (lineId: string) =>
      updated.availability
        .filter((c: any) => c.templateLineId === lineId)
        .map((c: any) => c.distributionId)
        .sort();
    expect(cells(eggs.id)).toEqual([dates[0].id, dates[2].id].sort());
    expect(cells(updated.lines[1].id)).toEqual(
      dates
        .slice(0, 3)
        .map((d) => d.id)
        .sort(),
    );
    template = { ...template, lines: updated.lines };
  });

  it("refuses a cell outside the template's lines and dates", async () => {
    const res = await h.run(
      `mutation($t: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $t, cells: $cells }) { templateLineId } }`,
      {
        t: template.id,
        cells: [{ templateLineId: template.lines[0].id, distributionId: dates[3].id, available: true }],
      },
    );
    expect(Object.keys(firstError(res).fields)).toEqual(["cells.0.distributionId"]);
  });

  it("moves draft → open → closed, and refuses any other step with a CONFLICT in French", async () => {
    const early = await h.run(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`, {
      id: template.id,
    });
    expect(firstError(early).code).toBe("CONFLICT");
    expect(firstError(early).message).toBe(
      "Impossible de clore les souscriptions : le contrat doit être ouvert aux souscriptions, il est en brouillon.",
    );
    const open = await h.run(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, {
      id: template.id,
    });
    expect(open.data!.openContractTemplate.status).toBe("open");
    const twice = await h.run(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, {
      id: template.id,
    });
    expect(firstError(twice)).toMatchObject({
      code: "CONFLICT",
      fields: { status: expect.stringMatching(/en brouillon/) },
    });
    const lines = await h.run(
      `mutation($id: ID!, $l: [TemplateLineInput!]) { updateContractTemplate(input: { id: $id, lines: $l }) { id } }`,
      {
        id: template.id,
        l: [{ productId: net.eggsId, unitPriceCents: 1 }],
      },
    );
    expect(firstError(lines)).toMatchObject({
      code: "CONFLICT",
      fields: { lines: expect.stringMatching(/brouillon/) },
    });
    const text = await h.run(
      `mutation($id: ID!) { updateContractTemplate(input: { id: $id, text: "Nouveau texte" }) { text } }`,
      { id: template.id },
    );
    expect(text.data!.updateContractTemplate.text).toBe("Nouveau texte");
    const listed = await h.run(
      `query($f: ID) { contractTemplates(filter: { farmId: $f, status: open, q: "poulet" }) { total items { id } } }`,
      { f: net.farmId },
    );
    expect(listed.data!.contractTemplates).toEqual({ total: 1, items: [{ id: template.id }] });
  });

  it("refuses to open a template without delivery dates", async () => {
    const bare = await h.run(CREATE, { input: input({ distributionIds: [] }) });
    const res = await h.run(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, {
      id: bare.data!.createContractTemplate.id,
    });
    expect(firstError(res)).toMatchObject({ code: "CONFLICT", fields: { distributionIds: expect.any(String) } });
  });

  it("serves the terms the member subgraph freezes at signature", async () => {
    const res = await h.run(
      `query($id: ID!) { contractTemplateTerms(id: $id) { templateId amapId farmId name kind status text payeeName membershipPeriodId allowedInstallmentCounts
        acceptedMeans cashingDates minTotalCents maxAbsences postponementAllowed requiresFarmerConsent acceptsSubscriptions lines { id productId productName unit unitPriceCents minQuantity maxQuantity quotaPerDelivery }
        deliveries { distributionId date status } availability { templateLineId distributionId } } }`,
      { id: template.id },
    );
    expect(res.errors).toBeUndefined();
    const terms = res.data!.contractTemplateTerms;
    expect(terms).toMatchObject({
      templateId: template.id,
      amapId: net.amapId,
      farmId: net.farmId,
      status: "open",
      text: "Nouveau texte",
      cashingDates: ["2026-01-05", "2026-01-20"],
      membershipPeriodId: null,
    });
    expect(terms.lines.map((l: any) => l.productId)).toEqual([net.eggsId, net.chickenId]);
    expect(terms.deliveries).toEqual(
      dates.slice(0, 3).map((d) => ({ distributionId: d.id, date: d.date, status: "planned" })),
    );
    expect(terms).toMatchObject({
      postponementAllowed: false,
      requiresFarmerConsent: true,
      acceptsSubscriptions: true,
    });
    expect(terms.availability[0]).toEqual({ templateLineId: template.lines[0].id, distributionId: dates[0].id });
    expect(terms.availability).toHaveLength(5);
    expect(
      (await h.run(`{ contractTemplateTerms(id: "${uuidv7()}") { templateId } }`)).data!.contractTemplateTerms,
    ).toBeNull();
  });
});
