import { firstError, Harness, openHarness, seedNetwork } from "./harness";
import { Dated, draftTemplate, Net, step, weekly } from "./season.helpers";

let h: Harness;
let net: Net;
let y2026: Dated[];
let y2027: Dated[];
let original: { id: string; lines: Array<{ id: string }> };

const FULL = `query($id: ID!) { contractTemplate(id: $id) { id name season status kind text payeeName renewedFromId renewedFrom { id }
  subscriptionOpensOn subscriptionClosesOn cashingDates allowedInstallmentCounts acceptedMeans minTotalCents maxAbsences absenceNoticeHours
  flexibleDeadlineHours postponementAllowed requiresFarmerConsent membershipPeriodId updatedAt
  lines { id productId productName unit unitPriceCents minQuantity maxQuantity quotaPerDelivery position }
  distributions { id date } availability { templateLineId distributionId quota } } }`;
const RENEW = `mutation($input: RenewContractTemplateInput!) { renewContractTemplate(input: $input) { id } }`;

const read = async (id: string) => (await h.run(FULL, { id })).data!.contractTemplate;
/** Availability as (line rank, date rank, quota), comparable between a template and its renewal. */
const grid = (t: any) => {
  const line = new Map(t.lines.map((l: { id: string }, i: number) => [l.id, i]));
  const date = new Map(t.distributions.map((d: { id: string }, i: number) => [d.id, i]));
  return t.availability.map((c: any) => [line.get(c.templateLineId), date.get(c.distributionId), c.quota]).sort();
};

beforeAll(async () => {
  h = await openHarness("renewal", true);
  net = await seedNetwork(h);
  y2026 = await weekly(h, net.amapId, "2026-03-03", "2026-03-24");
  y2027 = await weekly(h, net.amapId, "2027-03-02", "2027-03-23");
  original = await draftTemplate(h, net, y2026, {
    kind: "per_date",
    text: "Contrat légumes",
    payeeName: "GAEC des Lilas",
    subscriptionOpensOn: "2026-02-01",
    subscriptionClosesOn: "2026-02-28",
    cashingDates: ["2026-03-03", "2026-03-17"],
    allowedInstallmentCounts: [1, 2],
    acceptedMeans: ["cheque", "transfer"],
    minTotalCents: 5000,
    maxAbsences: 2,
    absenceNoticeHours: 72,
    flexibleDeadlineHours: 24,
    postponementAllowed: true,
    requiresFarmerConsent: false,
  });
  const [vegetables, eggs] = original.lines;
  const cells = [
    { templateLineId: eggs.id, distributionId: y2026[1].id, available: false },
    { templateLineId: eggs.id, distributionId: y2026[3].id, available: false },
    { templateLineId: vegetables.id, distributionId: y2026[0].id, available: true, quota: 12 },
  ];
  await h.run(
    `mutation($t: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $t, cells: $cells }) { templateLineId } }`,
    { t: original.id, cells },
  );
});
afterAll(() => h.close());

describe("renewing a contract template for the next season", () => {
  it("copies lines, policies and terms into a draft with new dates and prices, leaving the original untouched", async () => {
    const before = await read(original.id);
    const [vegetables, eggs] = original.lines;
    const res = await h.run(RENEW, {
      input: {
        id: original.id,
        season: "2027",
        shiftDays: 364,
        priceIncreasePercent: 3.5,
        priceChanges: [{ templateLineId: eggs.id, unitPriceCents: 450 }],
      },
    });
    expect(res.errors).toBeUndefined();
    const renewed = await read(res.data!.renewContractTemplate.id);
    const policy = ({
      kind,
      text,
      payeeName,
      allowedInstallmentCounts,
      acceptedMeans,
      minTotalCents,
      maxAbsences,
      absenceNoticeHours,
      flexibleDeadlineHours,
      postponementAllowed,
      requiresFarmerConsent,
    }: any) => ({
      kind,
      text,
      payeeName,
      allowedInstallmentCounts,
      acceptedMeans,
      minTotalCents,
      maxAbsences,
      absenceNoticeHours,
      flexibleDeadlineHours,
      postponementAllowed,
      requiresFarmerConsent,
    });
    expect(policy(renewed)).toEqual(policy(before));
    expect(renewed).toMatchObject({
      name: "Légumes 2027",
      season: "2027",
      status: "draft",
      renewedFromId: original.id,
      renewedFrom: { id: original.id },
      subscriptionOpensOn: "2027-01-31",
      subscriptionClosesOn: "2027-02-27",
      cashingDates: ["2027-03-02", "2027-03-16"],
      membershipPeriodId: null,
    });
    expect(
      renewed.lines.map((l: any) => [
        l.productId,
        l.productName,
        l.unit,
        l.unitPriceCents,
        l.minQuantity,
        l.maxQuantity,
        l.quotaPerDelivery,
        l.position,
      ]),
    ).toEqual([
      [net.vegetablesId, "Panier de légumes", "panier", 1863, 1, 2, 40, 0],
      [net.eggsId, "Œufs", "douzaine", 450, 0, null, null, 1],
    ]);
    expect(renewed.lines.map((l: { id: string }) => l.id)).not.toContain(vegetables.id);
    expect(renewed.distributions).toEqual(y2027.map(({ id, date }) => ({ id, date })));
    expect(grid(renewed)).toEqual(grid(before));
    expect(grid(renewed)).toContainEqual([0, 0, 12]);
    expect(await read(original.id)).toEqual(before);
    expect((await step(h, "openContractTemplate", renewed.id)).data!.openContractTemplate.status).toBe("open");
  });

  it("refuses to renew twice for the same season (CONFLICT on season)", async () => {
    const res = await h.run(RENEW, { input: { id: original.id, season: "2027", shiftDays: 364 } });
    expect(firstError(res)).toMatchObject({
      code: "CONFLICT",
      fields: { season: "Ce contrat a déjà été renouvelé pour la saison 2027." },
    });
  });

  it("maps new dates rank by rank when given as distributions, extra dates offering every line", async () => {
    const y2028 = await weekly(h, net.amapId, "2028-03-07", "2028-04-04");
    const res = await h.run(RENEW, {
      input: {
        id: original.id,
        season: "2028",
        name: "Légumes de printemps",
        distributionIds: y2028.map((d) => d.id).reverse(),
        cashingDates: ["2028-03-07"],
        subscriptionClosesOn: null,
      },
    });
    expect(res.errors).toBeUndefined();
    const renewed = await read(res.data!.renewContractTemplate.id);
    expect(renewed).toMatchObject({
      name: "Légumes de printemps",
      subscriptionOpensOn: "2028-02-06",
      subscriptionClosesOn: null,
      cashingDates: ["2028-03-07"],
    });
    expect(renewed.lines.map((l: { unitPriceCents: number }) => l.unitPriceCents)).toEqual([1800, 420]);
    expect(renewed.distributions.map((d: { date: string }) => d.date)).toEqual([
      "2028-03-07",
      "2028-03-14",
      "2028-03-21",
      "2028-03-28",
      "2028-04-04",
    ]);
    expect(grid(renewed)).toEqual([...grid(await read(original.id)), [0, 4, null], [1, 4, null]].sort());
  });

  it("refuses bad renewals, naming each field", async () => {
    const [vegetables] = original.lines;
    const neither = await h.run(RENEW, { input: { id: original.id, season: "2029" } });
    expect(firstError(neither).fields).toEqual({
      distributionIds:
        "Choisissez les nouvelles dates, ou décalez les anciennes d'un nombre de jours (l'un ou l'autre).",
    });
    const both = await h.run(RENEW, {
      input: { id: original.id, season: "2029", shiftDays: 364, distributionIds: [y2027[0].id] },
    });
    expect(Object.keys(firstError(both).fields)).toEqual(["distributionIds"]);
    const noCalendar = await h.run(RENEW, { input: { id: original.id, season: "2029", shiftDays: 700 } });
    // The date in words, as a treasurer reads it (never 2028-02-01).
    expect(firstError(noCalendar).fields.shiftDays).toBe(
      "Pas de distribution le mardi 1er février 2028 (et 3 autres) : générez d'abord le calendrier de la nouvelle saison, ou choisissez les dates.",
    );
    const bad = await h.run(RENEW, {
      input: {
        id: original.id,
        season: "2026",
        shiftDays: 364,
        priceIncreasePercent: 500,
        priceChanges: [
          { templateLineId: y2026[0].id, unitPriceCents: 10 },
          { templateLineId: vegetables.id, unitPriceCents: -1 },
        ],
        cashingDates: ["2026-01-01"],
      },
    });
    expect(firstError(bad).code).toBe("BAD_USER_INPUT");
    expect(Object.keys(firstError(bad).fields).sort()).toEqual([
      "priceChanges.0.templateLineId",
      "priceChanges.1.unitPriceCents",
      "priceIncreasePercent",
      "season",
    ]);
    const outside = await h.run(RENEW, {
      input: { id: original.id, season: "2029", shiftDays: 364, cashingDates: ["2026-01-01"] },
    });
    expect(firstError(outside).fields["cashingDates.0"]).toMatch(/hors de la saison/);
  });
});
