import { spokenDate } from "@champ-commun/kit";
import { TemplateStatusService } from "../src/services/template-status.service";
import { firstError, Harness, openHarness, seedNetwork } from "./harness";
import { Dated, day, draftTemplate, Net, step, weekly } from "./season.helpers";

let h: Harness;
let net: Net;
let dates: Dated[];
const at = (offset: number) => new Date(Date.now() + offset * 86_400_000);

beforeAll(async () => {
  h = await openHarness("lifecycle", true);
  net = await seedNetwork(h);
  dates = await weekly(h, net.amapId, day(7), day(21));
});
afterAll(() => h.close());

const terms = (over: Record<string, unknown> = {}) => ({
  subscriptionOpensOn: day(0),
  subscriptionClosesOn: day(5),
  allowedInstallmentCounts: [1, 2],
  cashingDates: [day(14), day(7)],
  ...over,
});

describe("contract template life cycle", () => {
  it("goes draft → open → closed → running → finished → archived, refusing every other step with a French CONFLICT on status", async () => {
    const { id } = await draftTemplate(h, net, dates, terms());
    const wrong = async (mutation: string, fr: string) => {
      const err = firstError(await step(h, mutation, id));
      expect(err).toMatchObject({ code: "CONFLICT", message: fr, fields: { status: fr } });
    };
    await wrong(
      "closeContractTemplate",
      "Impossible de clore les souscriptions : le contrat doit être ouvert aux souscriptions, il est en brouillon.",
    );
    await wrong(
      "startTemplateSeason",
      "Impossible de démarrer la saison : le contrat doit être clos, il est en brouillon.",
    );
    await wrong(
      "finishTemplateSeason",
      "Impossible de terminer la saison : le contrat doit être en cours, il est en brouillon.",
    );
    await wrong(
      "archiveContractTemplate",
      "Impossible d'archiver le contrat : le contrat doit être terminé, il est en brouillon.",
    );

    expect((await step(h, "openContractTemplate", id)).data!.openContractTemplate.status).toBe("open");
    await wrong(
      "openContractTemplate",
      "Impossible d'ouvrir les souscriptions : le contrat doit être en brouillon, il est ouvert aux souscriptions.",
    );
    await wrong(
      "startTemplateSeason",
      "Impossible de démarrer la saison : le contrat doit être clos, il est ouvert aux souscriptions.",
    );
    expect((await step(h, "closeContractTemplate", id)).data!.closeContractTemplate.status).toBe("closed");
    await wrong(
      "finishTemplateSeason",
      "Impossible de terminer la saison : le contrat doit être en cours, il est clos.",
    );
    // By hand, before the first delivery: the référent starts the season early.
    expect((await step(h, "startTemplateSeason", id)).data!.startTemplateSeason.status).toBe("running");
    await wrong(
      "archiveContractTemplate",
      "Impossible d'archiver le contrat : le contrat doit être terminé, il est en cours.",
    );

    const early = firstError(await step(h, "finishTemplateSeason", id));
    expect(early).toMatchObject({
      code: "CONFLICT",
      fields: {
        status: `Impossible de terminer la saison : la dernière livraison (${day(21)}) n'a pas encore eu lieu.`,
      },
    });
    const finished = await new TemplateStatusService(h.ds.manager, at(21)).finish(id);
    expect(finished.status).toBe("finished");
    expect((await step(h, "archiveContractTemplate", id)).data!.archiveContractTemplate.status).toBe("archived");
    await wrong(
      "archiveContractTemplate",
      "Impossible d'archiver le contrat : le contrat doit être terminé, il est archivé.",
    );
    const edit = await h.run(
      `mutation($id: ID!) { updateContractTemplate(input: { id: $id, text: "Autre" }) { id } }`,
      { id },
    );
    expect(firstError(edit)).toMatchObject({
      code: "CONFLICT",
      fields: { status: expect.stringMatching(/archivé ne se modifie plus/) },
    });
  });

  it("answers in English when asked", async () => {
    const { id } = await draftTemplate(h, net, dates, terms());
    const err = await new TemplateStatusService(h.ds.manager).start(id).catch((e) => e);
    expect(err.msg.en).toBe("Cannot start the season: the contract must be closed, it is draft.");
  });
});

describe("opening needs valid payment terms and a window still open", () => {
  it("refuses a cashing date outside the season when written (BAD_USER_INPUT on the date)", async () => {
    const res = await h.run(
      `mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) { id } }`,
      {
        input: {
          amapId: net.amapId,
          farmId: net.farmId,
          name: "Œufs",
          season: "2026",
          lines: [{ productId: net.eggsId, unitPriceCents: 400 }],
          distributionIds: dates.map((d) => d.id),
          ...terms({ cashingDates: [day(7), day(60)] }),
        },
      },
    );
    expect(firstError(res)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: {
        "cashingDates.1": `La date d'encaissement du ${day(60)} tombe hors de la saison (du ${day(0)} au ${day(21)}).`,
      },
    });
    const { id } = await draftTemplate(h, net, dates, terms());
    const upd = await h.run(
      `mutation($id: ID!, $c: [Date!]) { updateContractTemplate(input: { id: $id, cashingDates: $c }) { id } }`,
      { id, c: [day(-3)] },
    );
    expect(Object.keys(firstError(upd).fields)).toEqual(["cashingDates.0"]);
  });

  it("reports every payment problem at once when opening, as a CONFLICT", async () => {
    // Cashing dates written before the delivery dates cannot be checked then: opening checks them.
    const { id } = await draftTemplate(
      h,
      net,
      [],
      terms({ cashingDates: [day(50)], allowedInstallmentCounts: [1, 3] }),
    );
    await h.run(
      `mutation($id: ID!, $d: [ID!]) { updateContractTemplate(input: { id: $id, distributionIds: $d, payeeName: " " }) { id } }`,
      { id, d: dates.map((d) => d.id) },
    );
    const err = firstError(await step(h, "openContractTemplate", id));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toBe("Impossible d'ouvrir les souscriptions : indiquez l'ordre des chèques.");
    expect(err.fields).toEqual({
      payeeName: "Indiquez l'ordre des chèques.",
      cashingDates: `La date d'encaissement du ${day(50)} tombe hors de la saison (du ${day(0)} au ${day(21)}).`,
    });
    await h.run(
      `mutation($id: ID!, $c: [Date!]) { updateContractTemplate(input: { id: $id, cashingDates: $c, payeeName: "GAEC" }) { id } }`,
      { id, c: [day(7), day(14)] },
    );
    const few = firstError(await step(h, "openContractTemplate", id));
    expect(few.fields).toEqual({
      cashingDates:
        "2 dates d'encaissement pour un paiement en 3 fois : donnez-en une par échéance, ou aucune (encaissement mensuel).",
    });
    await h.run(`mutation($id: ID!) { updateContractTemplate(input: { id: $id, cashingDates: [] }) { id } }`, { id });
    expect((await step(h, "openContractTemplate", id)).data!.openContractTemplate.status).toBe("open");
  });

  it("refuses a subscription window already over, and a template whose every delivery is cancelled", async () => {
    const late = await draftTemplate(
      h,
      net,
      dates,
      terms({ subscriptionOpensOn: day(-10), subscriptionClosesOn: day(-1), cashingDates: [] }),
    );
    expect(firstError(await step(h, "openContractTemplate", late.id))).toMatchObject({
      code: "CONFLICT",
      // The date as a treasurer reads it (« dimanche 6 décembre 2026 »), not 2026-12-06.
      fields: {
        subscriptionClosesOn: `La date de clôture des souscriptions (${spokenDate(day(-1), "fr")}) est passée.`,
      },
    });
    const [lone] = await weekly(h, net.amapId, day(30), day(30));
    const gone = await draftTemplate(h, net, [lone], { cashingDates: [] });
    await h.run(`mutation($id: ID!) { cancelDistribution(input: { id: $id, reason: "Inondation" }) { id } }`, {
      id: lone.id,
    });
    expect(firstError(await step(h, "openContractTemplate", gone.id))).toMatchObject({
      code: "CONFLICT",
      fields: { distributionIds: expect.any(String) },
    });
  });
});

describe("the calendar moves templates on", () => {
  it("closes an open template once its window is over, and starts a closed one on its first delivery date", async () => {
    const { id } = await draftTemplate(h, net, dates, terms());
    await step(h, "openContractTemplate", id);
    const amap = net.amapId;
    expect(await new TemplateStatusService(h.ds.manager, at(5)).advanceByCalendar(amap)).toMatchObject({ closed: [] });
    const after = await new TemplateStatusService(h.ds.manager, at(6)).advanceByCalendar(amap);
    expect(after.closed).toContain(id);
    expect(after.started).not.toContain(id);
    expect((await new TemplateStatusService(h.ds.manager, at(6)).advanceByCalendar(amap)).closed).toEqual([]);
    expect((await new TemplateStatusService(h.ds.manager, at(7)).advanceByCalendar(amap)).started).toContain(id);
    const res = await h.run(`query($id: ID!) { contractTemplate(id: $id) { status acceptsSubscriptions } }`, { id });
    expect(res.data!.contractTemplate).toEqual({ status: "running", acceptsSubscriptions: false });
  });

  it("tells the member subgraph whether subscriptions are taken today", async () => {
    const soon = await draftTemplate(h, net, dates, terms({ subscriptionOpensOn: day(2), cashingDates: [] }));
    await step(h, "openContractTemplate", soon.id);
    const res = await h.run(
      `query($id: ID!) { contractTemplateTerms(id: $id) { status subscriptionOpensOn subscriptionClosesOn acceptsSubscriptions } }`,
      { id: soon.id },
    );
    expect(res.data!.contractTemplateTerms).toEqual({
      status: "open",
      subscriptionOpensOn: day(2),
      subscriptionClosesOn: day(5),
      acceptsSubscriptions: false,
    });
  });
});
