import { addDays, todayIn } from "../../../services/kit/src/calendar";
import type { Gql } from "../../../tools/src/demo/client";

/** The columns of the matrix's import files. */
export const IMPORT_MAPPING = [
  { column: "Nom", field: "person_last_name" },
  { column: "E-mail", field: "person_email" },
];

/**
 * One tenant of the authorization matrix, built through the API by a super admin: a network with a
 * sub-network, an AMAP, a farm and its product, a place and four future distributions, a period,
 * an open contract template, two households (memberships, a subscription each, one on a waiting
 * list), and one record of every kind an operation can name (absence, postponement, basket offer,
 * amendment, duty sign-up, handover, SPG visit, announcement…). Two tenants are built: the
 * matrix's callers hold roles in the first, the second is the foreign one.
 */

export interface Tenant {
  network: string;
  subNetwork: string;
  amap: string;
  farm: string;
  product: string;
  place: string;
  distributions: string[];
  period: string;
  template: string;
  templateLine: string;
  household: string;
  person: string;
  secondPerson: string;
  otherHousehold: string;
  membership: string;
  subscription: string;
  installment: string;
  waitingListEntry: string;
  absence: string;
  postponement: string;
  basketOffer: string;
  amendment: string;
  dutyRole: string;
  dutyShift: string;
  dutySignup: string;
  handover: string;
  networkMembership: string;
  charterVersion: string;
  charterCommitment: string;
  farmVisit: string;
  visitMember: string;
  visitQuestion: string;
  visitAction: string;
  announcement: string;
  remittance: string;
  /** An AMAP event, the household's person registered to it, and an agenda URL (the super admin's). */
  event: string;
  eventRegistration: string;
  calendarFeed: string;
  /** For the cells that must succeed without undoing what others name: a distribution to move and cancel, a second period, */
  spareDistribution: string;
  sparePeriod: string;
  /** an open template without quota (its référent is the matrix's too), a household without subscription, */
  openTemplate: string;
  openTemplateLine: string;
  freshHousehold: string;
  /** and subscriptions awaiting the household's signature (a draft of the household, one entered for the other). */
  draftSubscription: string;
  paperSubscription: string;
  /** The subscription's installment still to provide; a place, an announcement and a sub-network nothing depends on. */
  waitingInstallment: string;
  spareShift: string;
  sparePlace: string;
  spareAnnouncement: string;
  spareNetwork: string;
  /** A grant nobody of the matrix depends on (to revoke), and a partner token (to revoke). */
  spareGrant: string;
  spareApiToken: string;
  /** Accounts of the tenant's people, keyed by role. */
  accounts: Record<string, string>;
  /** A pending erasure request of the other household. */
  erasureRequest: string;
  /** A pending erasure request of a household nothing else names (the matrix confirms it, last). */
  erasureToConfirm: string;
  /** An import whose dry run is over (the matrix confirms it). */
  checkedImportJob: string;
  /** An uploaded (not yet checked) import file, and a saved column preset. */
  importJob: string;
  importPreset: string;
}

async function step<T>(label: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw new Error(`matrix world, ${label}: ${(err as Error).message}`, { cause: err });
  }
}

export async function buildTenant(
  gql: Gql,
  k: number,
): Promise<Omit<Tenant, "accounts" | "spareGrant" | "spareApiToken">> {
  const today = todayIn("Europe/Paris");
  const season = today.slice(0, 4);
  const m = <T = any>(label: string, q: string, v: Record<string, unknown>) => step<T>(label, () => gql<T>(q, v));
  const network = (
    await m("network", `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: `Réseau ${k}` },
    })
  ).createNetwork.id;
  const subNetwork = (
    await m("sub-network", `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: `Sous-réseau ${k}`, parentId: network },
    })
  ).createNetwork.id;
  const amap = (
    await m("amap", `mutation($i: CreateAmapInput!) { createAmap(input: $i) { id } }`, {
      i: { name: `AMAP ${k}`, networkId: subNetwork, city: "Montreuil", postalCode: "93100" },
    })
  ).createAmap.id;
  const farm = (
    await m("farm", `mutation($i: CreateFarmInput!) { createFarm(input: $i) { id } }`, {
      i: { name: `Ferme ${k}`, networkIds: [network], payeeName: `EARL ${k}` },
    })
  ).createFarm.id;
  const product = (
    await m("product", `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, {
      i: { farmId: farm, name: "Panier", unit: "panier", productionType: "vegetables" },
    })
  ).createProduct.id;
  const place = (
    await m("place", `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, {
      i: { amapId: amap, name: "Préau" },
    })
  ).createPlace.id;
  // Future dates, so that notice rules (absences, baskets, duty) accept them.
  const from = addDays(today, 60);
  const dists: Array<{ id: string }> = (
    await m("distributions", `mutation($i: GenerateDistributionsInput!) { generateDistributions(input: $i) { id } }`, {
      i: {
        amapId: amap,
        placeId: place,
        from,
        to: addDays(from, 27),
        cycle: "weekly",
        startTime: "18:30",
        endTime: "20:00",
      },
    })
  ).generateDistributions;
  const distributions = dists.map((d) => d.id);
  const period = (
    await m("period", `mutation($i: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $i) { id } }`, {
      i: {
        amapId: amap,
        name: "Adhésion",
        startsOn: `${season}-01-01`,
        endsOn: `${Number(season) + 1}-12-31`,
        feeCents: 1000,
      },
    })
  ).createMembershipPeriod.id;
  const tpl = (
    await m(
      "template",
      `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
      {
        i: {
          amapId: amap,
          farmId: farm,
          name: `Légumes ${k}`,
          season,
          kind: "fixed",
          text: "Contrat.",
          payeeName: `EARL ${k}`,
          membershipPeriodId: period,
          allowedInstallmentCounts: [1, 2],
          acceptedMeans: ["cheque", "transfer"],
          maxAbsences: 3,
          postponementAllowed: true,
          requiresFarmerConsent: true,
          lines: [{ productId: product, unitPriceCents: 1500, minQuantity: 0, maxQuantity: 2, quotaPerDelivery: 1 }],
          distributionIds: distributions,
        },
      },
    )
  ).createContractTemplate;
  const template = tpl.id;
  const templateLine = tpl.lines[0].id;
  await m("open template", `mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: template });

  const newHousehold = async (name: string) =>
    (
      await m(
        `household ${name}`,
        `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id people { id } } }`,
        {
          i: {
            amapId: amap,
            displayName: name,
            people: [
              { firstName: "Camille", lastName: name, email: `${name.toLowerCase()}.${k}@foyer.example` },
              { firstName: "Dominique", lastName: name },
            ],
          },
        },
      )
    ).createHousehold;
  const h = await newHousehold(`Dupont${k}`);
  const other = await newHousehold(`Martin${k}`);
  const membership = (
    await m("membership", `mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: { householdId: h.id, periodId: period, amountCents: 1000, status: "pending" },
    })
  ).createMembership.id;
  await m("membership 2", `mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
    i: { householdId: other.id, periodId: period, amountCents: 1000, status: "pending" },
  });
  const lines = distributions.map((distributionId) => ({ templateLineId: templateLine, distributionId, quantity: 1 }));
  const sub = (
    await m(
      "subscription",
      `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id installments { id } } }`,
      {
        i: { templateId: template, householdId: h.id, installmentCount: 2, means: "cheque", lines },
      },
    )
  ).createSubscription;
  // The quota (1 per delivery) is taken: the other household waits.
  const waiting = (
    await m(
      "waiting list",
      `mutation($i: RequestSubscriptionInput!) { requestSubscription(input: $i) { waitingListEntry { id } } }`,
      {
        i: { templateId: template, householdId: other.id, installmentCount: 1, means: "cheque", lines },
      },
    )
  ).requestSubscription.waitingListEntry.id;

  const absence = (
    await m(
      "absence",
      `mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: sub.id, d: distributions[1] },
    )
  ).declareAbsence.id;
  const postponement = (
    await m(
      "postponement",
      `mutation($s: ID!, $f: ID!, $t: ID!) { postponeDelivery(input: { subscriptionId: $s, fromDistributionId: $f, toDistributionId: $t }) { id } }`,
      { s: sub.id, f: distributions[2], t: distributions[3] },
    )
  ).postponeDelivery.id;
  const basketOffer = (
    await m(
      "basket",
      `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: sub.id, d: distributions[0] },
    )
  ).offerBasket.id;
  await m(
    "cancel distribution",
    `mutation($id: ID!) { cancelDistribution(input: { id: $id, reason: "Grève" }) { id } }`,
    { id: distributions[3] },
  );
  const amendments: Array<{ id: string }> = (
    await m("amendments", `mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id } }`, { a: amap })
  ).syncDistributionChanges;

  const dutyRole = (
    await m("duty role", `mutation($i: CreateDutyRoleInput!) { createDutyRole(input: $i) { id } }`, {
      i: { amapId: amap, name: "Accueil", defaultSeats: 2 },
    })
  ).createDutyRole.id;
  const shifts: Array<{ id: string }> = (
    await m(
      "duty shifts",
      `mutation($a: ID!, $f: Date!, $t: Date!) { generateDutyShifts(input: { amapId: $a, from: $f, to: $t }) { id } }`,
      { a: amap, f: from, t: addDays(from, 27) },
    )
  ).generateDutyShifts;
  const dutySignup = (
    await m(
      "duty signup",
      `mutation($s: ID!, $h: ID!) { signUpForDuty(input: { shiftId: $s, householdId: $h }) { id } }`,
      { s: shifts[0].id, h: h.id },
    )
  ).signUpForDuty.id;

  const installment = sub.installments[0].id;
  await m(
    "receive cheque",
    `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { id } }`,
    {
      ids: [installment],
      d: [{ installmentId: installment, chequeNumber: `100${k}`, bank: "Crédit Coopératif", issuer: "Camille Dupont" }],
    },
  );
  const handover = (
    await m(
      "handover",
      `mutation($a: ID!, $f: ID!, $d: Date!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: $d }) { id } }`,
      { a: amap, f: farm, d: today },
    )
  ).handOverInstallments.id;

  const networkMembership = (
    await m(
      "network membership",
      `mutation($i: CreateNetworkMembershipInput!) { createNetworkMembership(input: $i) { id } }`,
      { i: { networkId: network, year: Number(season), amapId: amap, amountCents: 5000 } },
    )
  ).createNetworkMembership.id;
  const charterVersion = (
    await m("charter", `mutation($i: CreateCharterVersionInput!) { createCharterVersion(input: $i) { id } }`, {
      i: {
        networkId: network,
        title: `Charte ${k}`,
        adoptedOn: `${season}-01-15`,
        text: "Texte.",
        principles: [{ code: "p1", title: "Agriculture paysanne" }],
      },
    })
  ).createCharterVersion.id;
  const charterCommitment = (
    await m("commitment", `mutation($i: CommitToCharterInput!) { commitToCharter(input: $i) { id } }`, {
      i: { charterVersionId: charterVersion, networkId: network, amapId: amap, committedOn: today },
    })
  ).commitToCharter.id;
  const farmVisit = (
    await m("visit", `mutation($i: PlanVisitInput!) { planVisit(input: $i) { id } }`, {
      i: { networkId: network, farmId: farm, plannedOn: addDays(today, 30) },
    })
  ).planVisit.id;
  const visitMember = (
    await m("visit member", `mutation($i: AddVisitMemberInput!) { addVisitMember(input: $i) { id } }`, {
      i: { visitId: farmVisit, role: "member", name: "Camille" },
    })
  ).addVisitMember.id;
  const visitQuestion = (
    await m("question", `mutation($i: CreateVisitQuestionInput!) { createVisitQuestion(input: $i) { id } }`, {
      i: { networkId: network, principleCode: "p1", text: "Les semences ?" },
    })
  ).createVisitQuestion.id;
  const visitAction = (
    await m("action", `mutation($i: AddVisitActionInput!) { addVisitAction(input: $i) { id } }`, {
      i: { visitId: farmVisit, description: "Haies", owner: "Ferme", dueOn: addDays(today, 90) },
    })
  ).addVisitAction.id;
  const announcement = (
    await m("announcement", `mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id } }`, {
      i: {
        networkId: network,
        kind: "amap_seeks_farm",
        amapId: amap,
        title: "Cherche maraîcher",
        body: "…",
        expiresOn: addDays(today, 60),
      },
    })
  ).createAnnouncement.id;
  await m("reply", `mutation($i: ReplyToAnnouncementInput!) { replyToAnnouncement(input: $i) { id } }`, {
    i: { announcementId: announcement, name: "Paule", email: "paule@ferme.example", message: "Intéressée" },
  });
  // Moving in and out: the other household asks for its identity to be erased (the matrix cancels
  // it); a household of its own, that nothing else names, asks too (the matrix confirms that one).
  const erasureRequest = (
    await m("erasure request", `mutation($i: RequestDataErasureInput!) { requestDataErasure(input: $i) { id } }`, {
      i: { householdId: other.id },
    })
  ).requestDataErasure.id;
  const leaving = await newHousehold(`Départ${k}`);
  const erasureToConfirm = (
    await m("erasure to confirm", `mutation($i: RequestDataErasureInput!) { requestDataErasure(input: $i) { id } }`, {
      i: { householdId: leaving.id },
    })
  ).requestDataErasure.id;
  // The AMAP lets its network see its figures (the statistics cells read them).
  await m("network consent", `mutation($i: SetNetworkConsentInput!) { setNetworkConsent(input: $i) { id } }`, {
    i: { amapId: amap, directory: true, partnerships: true, statistics: true },
  });
  const importJob = (
    await m("import", `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id } }`, {
      i: {
        amapId: amap,
        fileName: "foyers.csv",
        contentBase64: Buffer.from("Nom;E-mail\nRoux;roux@example.org\n").toString("base64"),
      },
    })
  ).uploadImportFile.id;
  // An import already checked (its dry run over), for the cell that confirms one.
  const checkedImportJob = (
    await m("import to confirm", `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id } }`, {
      i: {
        amapId: amap,
        fileName: "foyers.csv",
        contentBase64: Buffer.from("Nom;E-mail\nBlanc;blanc@example.org\n").toString("base64"),
      },
    })
  ).uploadImportFile.id;
  await m("check import", `mutation($i: CheckImportInput!) { checkImport(input: $i) { id } }`, {
    i: { jobId: checkedImportJob, mapping: IMPORT_MAPPING },
  });
  for (let tries = 0; ; tries++) {
    const job = await m<{ importJob: { status: string } }>(
      "import checked",
      `query($id: ID!) { importJob(id: $id) { status } }`,
      { id: checkedImportJob },
    );
    if (job.importJob.status === "checked") break;
    if (tries > 100 || job.importJob.status === "failed")
      throw new Error(`matrix world: the import's dry run ended ${job.importJob.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const importPreset = (
    await m("import preset", `mutation($i: SaveImportPresetInput!) { saveImportPreset(input: $i) { id } }`, {
      i: { amapId: amap, name: "Notre tableur", mapping: [{ column: "Nom", field: "person_last_name" }] },
    })
  ).saveImportPreset.id;
  const remittance = (
    await m(
      "remittance",
      `mutation($i: RecordNetworkShareRemittanceInput!) { recordNetworkShareRemittance(input: $i) { id } }`,
      { i: { networkId: network, amapId: amap, year: Number(season), amountCents: 300, remittedOn: today } },
    )
  ).recordNetworkShareRemittance.id;

  const spareDistribution = (
    await m("spare distribution", `mutation($i: CreateDistributionInput!) { createDistribution(input: $i) { id } }`, {
      i: { amapId: amap, placeId: place, date: addDays(from, 35), startTime: "18:30", endTime: "20:00" },
    })
  ).createDistribution.id;
  const sparePeriod = (
    await m("spare period", `mutation($i: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $i) { id } }`, {
      i: {
        amapId: amap,
        name: "Adhésion suivante",
        startsOn: `${Number(season) + 2}-01-01`,
        endsOn: `${Number(season) + 2}-12-31`,
        feeCents: 1000,
      },
    })
  ).createMembershipPeriod.id;
  const openTpl = (
    await m(
      "open template",
      `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
      {
        i: {
          amapId: amap,
          farmId: farm,
          name: `Œufs ${k}`,
          season,
          kind: "flexible",
          text: "Contrat.",
          payeeName: `EARL ${k}`,
          membershipPeriodId: period,
          flexibleDeadlineHours: 24,
          allowedInstallmentCounts: [1],
          acceptedMeans: ["cheque"],
          maxAbsences: 3,
          postponementAllowed: true,
          lines: [{ productId: product, unitPriceCents: 300, minQuantity: 0, maxQuantity: 6 }],
          distributionIds: distributions.slice(0, 3),
        },
      },
    )
  ).createContractTemplate;
  await m("open the open template", `mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, {
    id: openTpl.id,
  });
  const fresh = await newHousehold(`Durand${k}`);
  await m("membership 3", `mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
    i: { householdId: fresh.id, periodId: period, amountCents: 1000, status: "pending" },
  });
  const eggs = (q: number) =>
    distributions
      .slice(0, 3)
      .map((distributionId) => ({ templateLineId: openTpl.lines[0].id, distributionId, quantity: q }));
  const draft = async (householdId: string) =>
    (
      await m("draft", `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
        i: { templateId: openTpl.id, householdId, installmentCount: 1, means: "cheque", lines: eggs(1), draft: true },
      })
    ).createSubscription.id;
  const sparePlace = (
    await m("spare place", `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, {
      i: { amapId: amap, name: "Grange" },
    })
  ).createPlace.id;
  const spareNetwork = (
    await m("spare network", `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: `Réseau vide ${k}`, parentId: network },
    })
  ).createNetwork.id;
  const spareAnnouncement = (
    await m("spare announcement", `mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id } }`, {
      i: {
        networkId: network,
        kind: "amap_seeks_farm",
        amapId: amap,
        title: "Cherche boulanger",
        body: "…",
        expiresOn: addDays(today, 60),
      },
    })
  ).createAnnouncement.id;
  const draftSubscription = await draft(h.id);
  const paperSubscription = await draft(other.id);

  const event = (
    await m("event", `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: {
        amapId: amap,
        kind: "general_assembly",
        title: "Assemblée générale",
        startsAt: `${addDays(today, 40)}T17:00:00.000Z`,
        seats: 30,
      },
    })
  ).createEvent.id;
  const eventRegistration = (
    await m("event registration", `mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id } }`, {
      i: { eventId: event, personId: h.people[0].id },
    })
  ).registerForEvent.id;
  const calendarFeed = (
    await m("agenda", `mutation($i: CreateCalendarFeedInput!) { createCalendarFeed(input: $i) { feed { id } } }`, {
      i: { kind: "amap", scopeId: amap },
    })
  ).createCalendarFeed.feed.id;

  return {
    event,
    eventRegistration,
    calendarFeed,
    waitingInstallment: sub.installments[1].id,
    spareShift: shifts[1].id,
    sparePlace,
    spareAnnouncement,
    spareNetwork,
    spareDistribution,
    sparePeriod,
    openTemplate: openTpl.id,
    openTemplateLine: openTpl.lines[0].id,
    freshHousehold: fresh.id,
    draftSubscription,
    paperSubscription,
    network,
    subNetwork,
    amap,
    farm,
    product,
    place,
    distributions,
    period,
    template,
    templateLine,
    household: h.id,
    person: h.people[0].id,
    secondPerson: h.people[1].id,
    otherHousehold: other.id,
    membership,
    subscription: sub.id,
    installment,
    waitingListEntry: waiting,
    absence,
    postponement,
    basketOffer,
    amendment: amendments[0].id,
    dutyRole,
    dutyShift: shifts[0].id,
    dutySignup,
    handover,
    networkMembership,
    charterVersion,
    charterCommitment,
    farmVisit,
    visitMember,
    visitQuestion,
    visitAction,
    announcement,
    remittance,
    erasureRequest,
    erasureToConfirm,
    importJob,
    checkedImportJob,
    importPreset,
  };
}
