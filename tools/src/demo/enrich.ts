import { addDays, todayIn } from "@champ-commun/kit";
import type { Gql } from "./client";
import type { World } from "./world";

/**
 * Brings the demo world to life after `buildWorld`: the current season running (templates closed,
 * countersigned and started, past cheques received and handed over, an absence, a basket handed
 * over, a moved distribution with its amendments, a duty roster with sign-ups), the previous
 * season finished and paid (for statistics over two seasons), and the network's records (charter
 * commitments, a participatory guarantee visit with its report and actions, announcements,
 * remittances). Everything goes through the public API.
 */
export async function enrichWorld(gql: Gql, world: World, log: (m: string) => void = () => {}): Promise<void> {
  const today = todayIn();
  log("network records");
  await networkRecords(gql, world, today);
  for (const amapId of world.amapIds) {
    log(`season in progress for AMAP ${world.amapIds.indexOf(amapId) + 1}`);
    await runSeason(gql, amapId, today);
  }
  log("previous season");
  await previousSeason(gql, world, today);
}

async function networkRecords(gql: Gql, world: World, today: string): Promise<void> {
  const charters = await gql(`{ charterVersions(perPage: 1) { items { id principles { code } } } }`);
  const charter = charters.charterVersions.items[0];
  for (const amapId of world.amapIds) {
    await gql(`mutation($in: CommitToCharterInput!) { commitToCharter(input: $in) { id } }`, {
      in: { charterVersionId: charter.id, networkId: world.networkId, amapId, committedOn: "2025-09-20" },
    });
  }
  for (const farmId of world.farmIds) {
    await gql(`mutation($in: CommitToCharterInput!) { commitToCharter(input: $in) { id } }`, {
      in: { charterVersionId: charter.id, networkId: world.networkId, farmId, committedOn: "2025-10-04" },
    });
  }
  // The network's evaluation grid, then a visit done in June with its report and follow-up actions.
  const questions = [];
  for (const [i, p] of charter.principles.slice(0, 4).entries()) {
    const q = await gql(`mutation($in: CreateVisitQuestionInput!) { createVisitQuestion(input: $in) { id } }`, {
      in: {
        networkId: world.networkId,
        principleCode: p.code,
        text:
          [
            "Les semences et plants sont-ils paysans ou biologiques ?",
            "Toute la production vendue en AMAP vient-elle de la ferme ?",
            "Le prix du panier est-il discuté chaque année avec les amapiens ?",
            "Les amapiens sont-ils accueillis à la ferme au moins une fois par saison ?",
          ][i] ?? p.code,
        position: i + 1,
      },
    });
    questions.push(q.createVisitQuestion.id as string);
  }
  const visit = await gql(`mutation($in: PlanVisitInput!) { planVisit(input: $in) { id } }`, {
    in: { networkId: world.networkId, farmId: world.farmIds[0], plannedOn: "2026-06-18" },
  });
  const visitId = visit.planVisit.id;
  for (const m of [
    { role: "farmer", name: "Josette Marchand (Ferme de la Prairie)" },
    { role: "member", name: "Karim Haddad (AMAP des Lilas)" },
    { role: "network_staff", name: "Élise Robin (animatrice du réseau)" },
  ]) {
    await gql(`mutation($in: AddVisitMemberInput!) { addVisitMember(input: $in) { id } }`, { in: { visitId, ...m } });
  }
  await gql(
    `mutation($v: ID!, $a: [VisitAnswerInput!]!) { answerVisitQuestions(input: { visitId: $v, answers: $a }) { id } }`,
    {
      v: visitId,
      a: questions.map((questionId, i) => ({
        questionId,
        answer: i === 2 ? "partly" : "yes",
        comment: i === 2 ? "Prix fixé par le paysan, à discuter en AG." : "",
      })),
    },
  );
  await gql(`mutation($in: UpdateVisitInput!) { updateVisit(input: $in) { id } }`, {
    in: {
      id: visitId,
      report:
        "Visite chaleureuse. Rotation des cultures exemplaire ; le prix du panier n'a pas été rediscuté depuis deux ans.",
      reportedOn: "2026-06-25",
    },
  });
  await gql(`mutation($v: ID!) { completeVisit(input: { id: $v }) { status } }`, { v: visitId });
  for (const a of [
    {
      description: "Organiser une réunion prix paysan / amapiens avant la prochaine saison",
      owner: "Référente légumes",
      dueOn: "2027-02-28",
    },
    {
      description: "Envoyer le compte rendu de visite aux AMAP partenaires",
      owner: "Animatrice du réseau",
      dueOn: "2026-07-15",
    },
  ]) {
    await gql(`mutation($in: AddVisitActionInput!) { addVisitAction(input: $in) { id } }`, { in: { visitId, ...a } });
  }
  await gql(`mutation($in: PlanVisitInput!) { planVisit(input: $in) { id } }`, {
    in: { networkId: world.networkId, farmId: world.farmIds[1], plannedOn: addDays(today, 45) },
  });
  await gql(`mutation($in: CreateAnnouncementInput!) { createAnnouncement(input: $in) { id } }`, {
    in: {
      networkId: world.networkId,
      kind: "farm_seeks_amap",
      farmId: world.farmIds[2],
      title: "Boulanger paysan cherche une AMAP à Montreuil",
      body: "Pain au levain, farines de nos blés anciens. Livraison possible le jeudi soir.",
      productionTypes: ["bread"],
      city: "Meaux",
      expiresOn: addDays(today, 90),
    },
  });
  await gql(`mutation($in: CreateAnnouncementInput!) { createAnnouncement(input: $in) { id } }`, {
    in: {
      networkId: world.networkId,
      kind: "amap_seeks_farm",
      amapId: world.amapIds[0],
      title: "L'AMAP des Lilas cherche un producteur de fromages de vache",
      body: "Une trentaine de foyers intéressés, distribution le jeudi de 18 h 30 à 20 h.",
      productionTypes: ["dairy"],
      city: "Les Lilas",
      expiresOn: addDays(today, 60),
    },
  });
}

type Installment = {
  id: string;
  means: string;
  status: string;
  dueOn: string;
  subscriptionId: string | null;
  subscription: { farmId: string } | null;
};

async function runSeason(gql: Gql, amapId: string, today: string): Promise<void> {
  const a = await gql(
    `query($a: ID!) { amap(id: $a) { contractTemplates { id status kind farmId distributions { id date status } subscriptions { id status householdId } } } }`,
    { a: amapId },
  );
  const templates = a.amap.contractTemplates.filter((t: { status: string }) => t.status === "open");
  for (const t of templates) {
    await gql(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`, { id: t.id });
    for (const s of t.subscriptions)
      if (s.status === "signed")
        await gql(`mutation($id: ID!) { countersignSubscription(input: { id: $id }) { id } }`, { id: s.id });
    await gql(`mutation($id: ID!) { startTemplateSeason(input: { id: $id }) { id } }`, { id: t.id });
  }
  // Cheques due so far have been received and handed over to each farm; transfers are paid.
  const inst = await gql(`query($a: ID!) { installments(filter: { amapId: $a }, perPage: 100) { total } }`, {
    a: amapId,
  });
  const due: Installment[] = [];
  for (let page = 1; page <= Math.ceil(inst.installments.total / 100); page++) {
    const r = await gql(
      `query($a: ID!, $p: Int!) { installments(filter: { amapId: $a }, perPage: 100, page: $p) { items { id means status dueOn subscriptionId subscription { farmId } } } }`,
      { a: amapId, p: page },
    );
    due.push(
      ...r.installments.items.filter(
        (i: Installment) => i.status === "to_provide" && i.subscriptionId && i.dueOn <= today,
      ),
    );
  }
  if (due.length) {
    await gql(
      `mutation($ids: [ID!]!, $details: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $details }) { id } }`,
      {
        ids: due.map((i) => i.id),
        details: due
          .filter((i) => i.means === "cheque")
          .map((i, k) => ({
            installmentId: i.id,
            chequeNumber: String(3400000 + k),
            bank: ["Crédit Coopératif", "La Banque Postale", "Crédit Mutuel", "Nef"][k % 4],
            issuer: "Titulaire du compte",
          })),
      },
    );
    for (const farmId of new Set(due.filter((i) => i.means === "cheque").map((i) => i.subscription!.farmId))) {
      await gql(
        `mutation($a: ID!, $f: ID!, $d: Date!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: $d }) { id } }`,
        { a: amapId, f: farmId, d: today },
      );
    }
  }
  // A fixed contract delivers every household at each of its dates: absences and handovers apply.
  type T = {
    kind: string;
    distributions: Array<{ id: string; date: string; status: string }>;
    subscriptions: Array<{ id: string; householdId: string }>;
  };
  const main = (templates as T[])
    .filter((t) => t.kind === "fixed")
    .sort((x, y) => y.distributions.length - x.distributions.length)[0];
  const upcoming = (main?.distributions ?? []).filter((d) => d.date > addDays(today, 3) && d.status === "planned");
  if (upcoming.length >= 2 && main?.subscriptions.length >= 3) {
    const [s0, s1, s2] = main.subscriptions;
    await gql(
      `mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: s0.id, d: upcoming[0].id },
    );
    const offer = await gql(
      `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: s1.id, d: upcoming[0].id },
    );
    await gql(`mutation($o: ID!, $h: ID!) { takeBasket(input: { offerId: $o, householdId: $h }) { id } }`, {
      o: offer.offerBasket.id,
      h: s2.householdId,
    });
    // The AMAP moves a distribution (the hall is taken): every subscription touched gets an amendment.
    await gql(
      `mutation($id: ID!, $date: Date) { moveDistribution(input: { id: $id, date: $date, reason: "Salle indisponible : distribution décalée au vendredi" }) { id } }`,
      { id: upcoming[1].id, date: addDays(upcoming[1].date, 1) },
    );
    const amendments = await gql(`mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id } }`, {
      a: amapId,
    });
    for (const [i, am] of amendments.syncDistributionChanges.entries()) {
      if (i % 4 !== 3) await gql(`mutation($id: ID!) { acceptAmendment(input: { id: $id }) { id } }`, { id: am.id });
    }
  }
  // The duty roster of the coming weeks, with a few households signed up.
  for (const [i, role] of [
    { name: "Accueil", description: "Accueillir les amapiens, tenir la feuille d'émargement", defaultSeats: 2 },
    { name: "Installation", description: "Installer les tables et ranger la salle", defaultSeats: 2 },
    { name: "Distribution des légumes", description: "Aider à la répartition des paniers", defaultSeats: 1 },
  ].entries()) {
    await gql(`mutation($in: CreateDutyRoleInput!) { createDutyRole(input: $in) { id } }`, {
      in: { ...role, amapId, position: i + 1 },
    });
  }
  const shifts = await gql(
    `mutation($a: ID!, $f: Date!, $t: Date!) { generateDutyShifts(input: { amapId: $a, from: $f, to: $t }) { id distributionId } }`,
    { a: amapId, f: addDays(today, 3), t: addDays(today, 45) },
  );
  const households = [
    ...new Set(
      templates.flatMap((t: { subscriptions: Array<{ householdId: string }> }) =>
        t.subscriptions.map((s) => s.householdId),
      ),
    ),
  ] as string[];
  for (const [i, shift] of shifts.generateDutyShifts.slice(0, 6).entries()) {
    await gql(`mutation($s: ID!, $h: ID!) { signUpForDuty(input: { shiftId: $s, householdId: $h }) { id } }`, {
      s: shift.id,
      h: households[i % households.length],
    });
  }
}

/** Last season: one finished vegetables contract per AMAP, paid and handed over. */
async function previousSeason(gql: Gql, world: World, today: string): Promise<void> {
  const year = String(Number(today.slice(0, 4)) - 1);
  for (const amapId of world.amapIds) {
    const a = await gql(
      `query($a: ID!) { amap(id: $a) { places { id } membershipPeriods { id } contractTemplates { farmId lines { productId unitPriceCents } kind } households(perPage: 100) { items { id } } } }`,
      { a: amapId },
    );
    const veg = a.amap.contractTemplates[0];
    const period = await gql(
      `mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`,
      {
        in: {
          amapId,
          name: `Adhésion ${year}`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          feeMode: "fixed",
          feeCents: 1500,
          networkShareCents: 300,
        },
      },
    );
    const dists = await gql(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id } }`, {
      in: {
        amapId,
        placeId: a.amap.places[0].id,
        from: `${year}-04-03`,
        to: `${year}-06-26`,
        cycle: "weekly",
        startTime: "18:30",
        endTime: "20:00",
      },
    });
    const t = await gql(
      `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
      {
        in: {
          amapId,
          farmId: veg.farmId,
          name: `Légumes printemps ${year}`,
          season: year,
          kind: "fixed",
          membershipPeriodId: period.createMembershipPeriod.id,
          allowedInstallmentCounts: [1, 3],
          acceptedMeans: ["cheque", "transfer"],
          lines: veg.lines.map((l: { productId: string; unitPriceCents: number }) => ({
            productId: l.productId,
            unitPriceCents: Math.round(l.unitPriceCents * 0.97),
            maxQuantity: 2,
          })),
          distributionIds: dists.generateDistributions.map((d: { id: string }) => d.id),
        },
      },
    );
    const templateId = t.createContractTemplate.id;
    const lineId = t.createContractTemplate.lines[0].id;
    await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: templateId });
    const subs: string[] = [];
    for (const [h, household] of a.amap.households.items.slice(0, 9).entries()) {
      await gql(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
        in: {
          householdId: household.id,
          periodId: period.createMembershipPeriod.id,
          amountCents: 1500,
          status: "paid",
          means: "cash",
        },
      });
      const s = await gql(
        `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id installments { id means } } }`,
        {
          in: {
            templateId,
            householdId: household.id,
            installmentCount: h % 2 ? 3 : 1,
            means: h % 4 === 3 ? "transfer" : "cheque",
            lines: dists.generateDistributions.map((d: { id: string }) => ({
              templateLineId: lineId,
              distributionId: d.id,
              quantity: 1,
            })),
          },
        },
      );
      subs.push(s.createSubscription.id);
      const inst = s.createSubscription.installments as Array<{ id: string; means: string }>;
      await gql(
        `mutation($ids: [ID!]!, $details: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $details, receivedOn: $on }) { id } }`.replace(
          "$details: [InstallmentReceiptInput!])",
          "$details: [InstallmentReceiptInput!], $on: Date)",
        ),
        {
          ids: inst.map((i) => i.id),
          details: inst
            .filter((i) => i.means === "cheque")
            .map((i, k) => ({
              installmentId: i.id,
              chequeNumber: String(2500000 + h * 10 + k),
              bank: "Crédit Coopératif",
              issuer: "Titulaire du compte",
            })),
          on: `${year}-04-03`,
        },
      );
    }
    await gql(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`, { id: templateId });
    for (const s of subs)
      await gql(`mutation($id: ID!) { countersignSubscription(input: { id: $id }) { id } }`, { id: s });
    await gql(
      `mutation($a: ID!, $f: ID!, $d: Date!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: $d }) { id } }`,
      { a: amapId, f: veg.farmId, d: `${year}-04-10` },
    );
    await gql(`mutation($id: ID!) { startTemplateSeason(input: { id: $id }) { id } }`, { id: templateId });
    await gql(`mutation($id: ID!) { finishTemplateSeason(input: { id: $id }) { id } }`, { id: templateId });
    await gql(`mutation($in: RecordNetworkShareRemittanceInput!) { recordNetworkShareRemittance(input: $in) { id } }`, {
      in: {
        networkId: world.networkId,
        amapId,
        year: Number(year),
        amountCents: 300 * 9,
        remittedOn: `${year}-11-15`,
        reference: `Virement AMAP ${year}`,
      },
    });
  }
}
