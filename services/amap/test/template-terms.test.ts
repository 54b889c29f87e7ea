import { firstError, Harness, openHarness, seedNetwork } from "./harness";
import { Dated, draftTemplate, Net } from "./season.helpers";

let h: Harness;
let net: Net;
let winter: Dated;
let summer: Dated;

const one = async (date: string) =>
  (
    await h.run(
      `mutation($a: ID!, $d: Date!) { createDistribution(input: { amapId: $a, date: $d, startTime: "18:30", endTime: "20:00" }) { id date } }`,
      { a: net.amapId, d: date },
    )
  ).data!.createDistribution as Dated;

beforeAll(async () => {
  h = await openHarness("terms", true);
  net = await seedNetwork(h);
  winter = await one("2027-01-05");
  summer = await one("2027-07-06");
});
afterAll(() => h.close());

const TERMS = `query($id: ID!) { contractTemplateTerms(id: $id) { kind postponementAllowed requiresFarmerConsent
  lines { productId maxQuantity maxPerHousehold quotaPerDelivery }
  deliveries { distributionId date originalDate status startTime startsAt absenceDeadline editableUntil }
  availability { templateLineId distributionId quota effectiveQuota } } }`;

describe("contract template terms", () => {
  it("gives each delivery of a flexible contract the instant quantities freeze (start minus the deadline, in UTC)", async () => {
    const t = await draftTemplate(h, net, [summer, winter], {
      kind: "flexible",
      flexibleDeadlineHours: 36,
      absenceNoticeHours: 48,
    });
    const res = await h.run(TERMS, { id: t.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.contractTemplateTerms.deliveries).toEqual([
      {
        distributionId: winter.id,
        date: "2027-01-05",
        originalDate: "2027-01-05",
        status: "planned",
        startTime: "18:30",
        startsAt: "2027-01-05T17:30:00.000Z",
        absenceDeadline: "2027-01-03T17:30:00.000Z",
        editableUntil: "2027-01-04T05:30:00.000Z",
      },
      {
        distributionId: summer.id,
        date: "2027-07-06",
        originalDate: "2027-07-06",
        status: "planned",
        startTime: "18:30",
        startsAt: "2027-07-06T16:30:00.000Z",
        absenceDeadline: "2027-07-04T16:30:00.000Z",
        editableUntil: "2027-07-05T04:30:00.000Z",
      },
    ]);
    const same = await h.run(`query($id: ID!) { contractTemplate(id: $id) { deliveries { editableUntil } } }`, {
      id: t.id,
    });
    expect(same.data!.contractTemplate.deliveries).toEqual([
      { editableUntil: "2027-01-04T05:30:00.000Z" },
      { editableUntil: "2027-07-05T04:30:00.000Z" },
    ]);
  });

  it("gives no quantity deadline to fixed contracts", async () => {
    const t = await draftTemplate(h, net, [winter]);
    const res = await h.run(TERMS, { id: t.id });
    expect(res.data!.contractTemplateTerms.deliveries[0]).toMatchObject({
      editableUntil: null,
      absenceDeadline: "2027-01-03T17:30:00.000Z",
    });
  });

  it("serves the absence and postponement policy", async () => {
    const t = await draftTemplate(h, net, [winter], {
      maxAbsences: 3,
      postponementAllowed: true,
      requiresFarmerConsent: false,
    });
    const read = async () => (await h.run(TERMS, { id: t.id })).data!.contractTemplateTerms;
    expect(await read()).toMatchObject({ postponementAllowed: true, requiresFarmerConsent: false });
    await h.run(
      `mutation($id: ID!) { updateContractTemplate(input: { id: $id, requiresFarmerConsent: true }) { id } }`,
      { id: t.id },
    );
    expect(await read()).toMatchObject({ postponementAllowed: true, requiresFarmerConsent: true });
  });

  it("states each household's maximum and the farm's quota per product and date, a cell overriding its line", async () => {
    const t = await draftTemplate(h, net, [winter, summer]);
    const [vegetables, eggs] = t.lines;
    const set = (cells: unknown[]) =>
      h.run(
        `mutation($t: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $t, cells: $cells }) { templateLineId quota } }`,
        { t: t.id, cells },
      );
    const bad = await set([{ templateLineId: vegetables.id, distributionId: winter.id, available: true, quota: -1 }]);
    expect(Object.keys(firstError(bad).fields)).toEqual(["cells.0.quota"]);
    expect(
      (await set([{ templateLineId: vegetables.id, distributionId: winter.id, available: true, quota: 12 }])).errors,
    ).toBeUndefined();
    const terms = (await h.run(TERMS, { id: t.id })).data!.contractTemplateTerms;
    expect(terms.lines).toEqual([
      { productId: net.vegetablesId, maxQuantity: 2, maxPerHousehold: 2, quotaPerDelivery: 40 },
      { productId: net.eggsId, maxQuantity: null, maxPerHousehold: null, quotaPerDelivery: null },
    ]);
    expect(terms.availability).toEqual([
      { templateLineId: vegetables.id, distributionId: winter.id, quota: 12, effectiveQuota: 12 },
      { templateLineId: vegetables.id, distributionId: summer.id, quota: null, effectiveQuota: 40 },
      { templateLineId: eggs.id, distributionId: winter.id, quota: null, effectiveQuota: null },
      { templateLineId: eggs.id, distributionId: summer.id, quota: null, effectiveQuota: null },
    ]);
    await set([{ templateLineId: vegetables.id, distributionId: winter.id, available: true, quota: null }]);
    const cleared = (await h.run(TERMS, { id: t.id })).data!.contractTemplateTerms.availability[0];
    expect(cleared).toMatchObject({ quota: null, effectiveQuota: 40 });
  });
});
