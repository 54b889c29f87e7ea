import { addDays, todayIn } from "../../services/kit/src/calendar";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";

/**
 * A whole AMAP season through the gateway, as volunteers would run it: a template created and
 * opened, 20 households subscribing with different kinds and schedules, closing and
 * countersigning, distributions with absences, a moved distribution and a basket handed over,
 * cheques received and handed over to the farm, balances at zero, and renewal for next season.
 */
let stack: Stack;
let gql: Gql;
const first = addDays(todayIn(), 10); // far enough ahead for absences' notice delay
const season = first.slice(0, 4);

const ids = {} as {
  amap: string;
  farm: string;
  veg: string;
  eggs: string;
  period: string;
  distributions: Array<{ id: string; date: string }>;
  fixed: string;
  perDate: string;
  fixedLines: string[];
  perDateLines: string[];
  households: string[];
  subscriptions: Array<{
    id: string;
    templateId: string;
    householdId: string;
    totalCents: number;
    installments: Array<{ amountCents: number }>;
  }>;
};

beforeAll(async () => {
  ({ stack, gql } = await startTestStack("season"));
}, 60_000);
afterAll(() => stack?.stop());

const SUB = `id totalCents templateId householdId status installments { id amountCents means status version } balance { dueCents receivedCents handedOverCents outstandingCents }`;

describe("an AMAP season end to end, through the gateway", () => {
  it("sets up the AMAP, the farm, the calendar and two templates, then opens them", async () => {
    const n = await gql(`mutation { createNetwork(input: { name: "Réseau test saison" }) { id } }`);
    const a = await gql(
      `mutation($n: ID) { createAmap(input: { name: "AMAP de la Saison", networkId: $n, city: "Pantin", postalCode: "93500" }) { id } }`,
      { n: n.createNetwork.id },
    );
    ids.amap = a.createAmap.id;
    const f = await gql(
      `mutation { createFarm(input: { name: "Ferme des Quatre Saisons", payeeName: "GAEC des Quatre Saisons" }) { id } }`,
    );
    ids.farm = f.createFarm.id;
    const product = async (name: string, unit: string, productionType: string) =>
      (
        await gql(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
          in: { farmId: ids.farm, name, unit, productionType },
        })
      ).createProduct.id;
    ids.veg = await product("Panier de légumes", "panier", "vegetables");
    ids.eggs = await product("Douzaine d'œufs", "douzaine", "eggs");
    const place = await gql(
      `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Salle des fêtes" }) { id } }`,
      { a: ids.amap },
    );
    const d = await gql(
      `mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id date } }`,
      {
        in: {
          amapId: ids.amap,
          placeId: place.createPlace.id,
          from: first,
          to: addDays(first, 7 * 7),
          cycle: "weekly",
          startTime: "18:30",
          endTime: "20:00",
        },
      },
    );
    ids.distributions = d.generateDistributions;
    expect(ids.distributions).toHaveLength(8);
    const p = await gql(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        name: `Adhésion ${season}`,
        startsOn: `${season}-01-01`,
        endsOn: `${Number(season) + 1}-12-31`,
        feeMode: "fixed",
        feeCents: 1500,
        networkShareCents: 300,
      },
    });
    ids.period = p.createMembershipPeriod.id;
    const template = async (name: string, kind: string, lines: unknown[], counts: number[]) => {
      const t = await gql(
        `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
        {
          in: {
            amapId: ids.amap,
            farmId: ids.farm,
            name,
            season,
            kind,
            payeeName: "GAEC des Quatre Saisons",
            membershipPeriodId: ids.period,
            allowedInstallmentCounts: counts,
            acceptedMeans: ["cheque", "transfer"],
            lines,
            distributionIds: ids.distributions.map((x) => x.id),
            maxAbsences: 2,
            absenceNoticeHours: 48,
          },
        },
      );
      return t.createContractTemplate as { id: string; lines: Array<{ id: string }> };
    };
    const fixed = await template(
      "Légumes",
      "fixed",
      [{ productId: ids.veg, unitPriceCents: 1850, maxQuantity: 2 }],
      [1, 2, 4],
    );
    const perDate = await template(
      "Œufs",
      "per_date",
      [{ productId: ids.eggs, unitPriceCents: 490, maxQuantity: 3, quotaPerDelivery: 30 }],
      [1, 2],
    );
    ids.fixed = fixed.id;
    ids.fixedLines = fixed.lines.map((l) => l.id);
    ids.perDate = perDate.id;
    ids.perDateLines = perDate.lines.map((l) => l.id);
    // Eggs every other week only: a product × date availability grid.
    await gql(
      `mutation($t: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $t, cells: $cells }) { templateLineId } }`,
      {
        t: ids.perDate,
        cells: ids.distributions
          .filter((_, i) => i % 2 === 1)
          .map((x) => ({ templateLineId: ids.perDateLines[0], distributionId: x.id, available: false })),
      },
    );
    for (const t of [ids.fixed, ids.perDate]) {
      const o = await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, { id: t });
      expect(o.openContractTemplate.status).toBe("open");
    }
  });

  it("takes 20 households' memberships and subscriptions with different kinds and schedules", async () => {
    ids.households = [];
    ids.subscriptions = [];
    for (let h = 0; h < 20; h++) {
      const hh = await gql(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
        in: {
          amapId: ids.amap,
          displayName: `Foyer ${String(h + 1).padStart(2, "0")}`,
          people: [{ firstName: "Prénom", lastName: `Nom${h}`, email: `foyer${h}@exemple.fr`, isPrimary: true }],
        },
      });
      const householdId = hh.createHousehold.id;
      ids.households.push(householdId);
      await gql(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
        in: { householdId, periodId: ids.period, amountCents: 1500, status: "paid", means: "cash" },
      });
      const means = h % 5 === 4 ? "transfer" : "cheque";
      const fixed = await gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { ${SUB} } }`, {
        in: {
          templateId: ids.fixed,
          householdId,
          installmentCount: [1, 2, 4][h % 3],
          means,
          lines: ids.distributions.map((x) => ({
            templateLineId: ids.fixedLines[0],
            distributionId: x.id,
            quantity: 1 + (h % 2),
          })),
        },
      });
      ids.subscriptions.push(fixed.createSubscription);
      if (h % 2 === 0) {
        const eggDates = ids.distributions.filter((_, i) => i % 2 === 0);
        const s = await gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { ${SUB} } }`, {
          in: {
            templateId: ids.perDate,
            householdId,
            installmentCount: h % 4 === 0 ? 2 : 1,
            means,
            lines: eggDates.map((x, i) => ({
              templateLineId: ids.perDateLines[0],
              distributionId: x.id,
              quantity: 1 + ((h + i) % 3),
            })),
          },
        });
        ids.subscriptions.push(s.createSubscription);
      }
    }
    expect(ids.subscriptions).toHaveLength(30);
    for (const s of ids.subscriptions) {
      expect(s.installments.reduce((sum: number, i: { amountCents: number }) => sum + i.amountCents, 0)).toBe(
        s.totalCents,
      );
    }
    // An egg on a week without eggs is refused, naming the cell.
    const refused = await gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id } }`, {
      in: {
        templateId: ids.perDate,
        householdId: ids.households[1],
        installmentCount: 1,
        means: "cheque",
        lines: [{ templateLineId: ids.perDateLines[0], distributionId: ids.distributions[1].id, quantity: 1 }],
      },
    }).catch((e) => e.errors[0]);
    expect(refused.extensions.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(refused.extensions.fields)[0]).toMatch(/^lines\.0/);
  });

  it("closes the templates, has the farmer countersign, and starts the season", async () => {
    for (const t of [ids.fixed, ids.perDate])
      await gql(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { status } }`, { id: t });
    for (const s of ids.subscriptions) {
      const c = await gql(`mutation($id: ID!) { countersignSubscription(input: { id: $id }) { status } }`, {
        id: s.id,
      });
      expect(c.countersignSubscription.status).toBe("countersigned");
    }
    for (const t of [ids.fixed, ids.perDate]) {
      const r = await gql(`mutation($id: ID!) { startTemplateSeason(input: { id: $id }) { status } }`, { id: t });
      expect(r.startTemplateSeason.status).toBe("running");
    }
  });

  it("runs distributions with absences, a moved distribution with amendments, and a basket handed over", async () => {
    const [s0, s1] = ids.subscriptions.filter((s) => s.templateId === ids.fixed);
    const third = ids.distributions[2];
    await gql(
      `mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: s0.id, d: third.id },
    );
    const offer = await gql(
      `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: s1.id, d: ids.distributions[3].id },
    );
    await gql(`mutation($o: ID!, $h: ID!) { takeBasket(input: { offerId: $o, householdId: $h }) { status } }`, {
      o: offer.offerBasket.id,
      h: ids.households[5],
    });

    const sheet = async (d: string) =>
      (
        await gql(
          `query($d: ID!) { distribution(id: $d) { signOffSheet { household { id } items { productName quantity status } } } }`,
          { d },
        )
      ).distribution.signOffSheet as Array<{
        household: { id: string } | null;
        items: Array<{ productName: string; quantity: number; status: string }>;
      }>;
    const absentLine = (await sheet(third.id)).find((l) => l.household?.id === s0.householdId);
    expect(absentLine?.items.find((i) => i.productName === "Panier de légumes")?.status).toBe("absent");
    const taker = (await sheet(ids.distributions[3].id)).find((l) => l.household?.id === ids.households[5]);
    expect(taker?.items.filter((i) => i.productName === "Panier de légumes")).toHaveLength(2); // their own and the one handed over

    const fifth = ids.distributions[4];
    const moved = await gql(
      `mutation($id: ID!, $date: Date) { moveDistribution(input: { id: $id, date: $date, reason: "Fête du village" }) { status effectiveDate } }`,
      { id: fifth.id, date: addDays(fifth.date, 1) },
    );
    expect(moved.moveDistribution).toEqual({ status: "moved", effectiveDate: addDays(fifth.date, 1) });
    const amendments = await gql(
      `mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id status subscriptionId } }`,
      { a: ids.amap },
    );
    // Every subscription delivers that day (an egg week too): each gets its amendment.
    expect(amendments.syncDistributionChanges.map((x: { subscriptionId: string }) => x.subscriptionId).sort()).toEqual(
      ids.subscriptions.map((s) => s.id).sort(),
    );
    for (const a of amendments.syncDistributionChanges)
      await gql(`mutation($id: ID!) { acceptAmendment(input: { id: $id }) { status } }`, { id: a.id });
    const again = await gql(`mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id } }`, {
      a: ids.amap,
    });
    expect(again.syncDistributionChanges).toHaveLength(0); // idempotent
    // The AMAP's amendments come a page at a time, oldest first: two pages of 2 never share a row.
    const page = async (p: number) =>
      (
        await gql(
          `query($a: ID!, $d: ID, $p: Int) { amendments(amapId: $a, distributionId: $d, status: accepted, page: $p, perPage: 2) { total items { id } } }`,
          { a: ids.amap, d: fifth.id, p },
        )
      ).amendments as { total: number; items: Array<{ id: string }> };
    const [first, second] = [await page(1), await page(2)];
    expect(first.total).toBe(ids.subscriptions.length);
    expect(first.items.map((x) => x.id)).toEqual(
      amendments.syncDistributionChanges
        .map((x: { id: string }) => x.id)
        .sort()
        .slice(0, 2),
    );
    expect(second.items.map((x) => x.id).filter((id) => first.items.some((f) => f.id === id))).toEqual([]);
  });

  it("receives the cheques, records the transfers, hands the cheques over to the farm, and ends with every balance at zero", async () => {
    const all = await gql(
      `query($a: ID!) { installments(filter: { amapId: $a }, perPage: 100) { total items { id means status subscriptionId chequeNumber } } }`,
      { a: ids.amap },
    );
    const farmInstallments = all.installments.items.filter((i: { subscriptionId: string | null }) => i.subscriptionId);
    const cheques = farmInstallments.filter((i: { means: string }) => i.means === "cheque");
    const transfers = farmInstallments.filter((i: { means: string }) => i.means === "transfer");
    expect(cheques.length).toBeGreaterThan(0);
    expect(transfers.length).toBeGreaterThan(0);
    const received = await gql(
      `mutation($ids: [ID!]!, $details: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $details }) { id status } }`,
      {
        ids: farmInstallments.map((i: { id: string }) => i.id),
        details: cheques.map((c: { id: string }, k: number) => ({
          installmentId: c.id,
          chequeNumber: String(1000000 + k),
          bank: "Crédit Coopératif",
          issuer: "Foyer",
        })),
      },
    );
    const statuses = new Set(received.markInstallmentsReceived.map((i: { status: string }) => i.status));
    expect(statuses).toEqual(new Set(["received", "paid"]));
    const handover = await gql(
      `mutation($a: ID!, $f: ID!, $d: Date!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: $d }) { totalCents installmentCount } }`,
      { a: ids.amap, f: ids.farm, d: first },
    );
    expect(handover.handOverInstallments.installmentCount).toBe(cheques.length);
    const balance = await gql(
      `query($a: ID!, $f: ID!) { farmBalance(amapId: $a, farmId: $f) { dueCents handedOverCents heldCents outstandingCents } }`,
      { a: ids.amap, f: ids.farm },
    );
    expect(balance.farmBalance.outstandingCents).toBe(0);
    expect(balance.farmBalance.heldCents).toBe(0);
    expect(balance.farmBalance.handedOverCents).toBe(balance.farmBalance.dueCents);
    const subs = await gql(
      `query($a: ID!) { subscriptions(filter: { amapId: $a }, perPage: 100) { items { balance { outstandingCents } } } }`,
      { a: ids.amap },
    );
    expect(
      subs.subscriptions.items.every(
        (s: { balance: { outstandingCents: number } }) => s.balance.outstandingCents === 0,
      ),
    ).toBe(true);
  });

  it("renews the vegetables template for next season with new dates and prices", async () => {
    const place = await gql(`query($a: ID!) { amap(id: $a) { places { id } } }`, { a: ids.amap });
    const next = addDays(first, 364);
    await gql(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        placeId: place.amap.places[0].id,
        from: next,
        to: addDays(next, 7 * 7),
        cycle: "weekly",
        startTime: "18:30",
        endTime: "20:00",
      },
    });
    const r = await gql(
      `mutation($id: ID!, $s: String!) { renewContractTemplate(input: { id: $id, season: $s, shiftDays: 364, priceIncreasePercent: 3 }) { id status season lines { unitPriceCents } distributions { id } } }`,
      {
        id: ids.fixed,
        s: String(Number(season) + 1),
      },
    );
    expect(r.renewContractTemplate.status).toBe("draft");
    expect(r.renewContractTemplate.lines[0].unitPriceCents).toBe(Math.round(1850 * 1.03));
    expect(r.renewContractTemplate.distributions).toHaveLength(8);
    const original = await gql(`query($id: ID!) { contractTemplate(id: $id) { status lines { unitPriceCents } } }`, {
      id: ids.fixed,
    });
    expect(original.contractTemplate).toEqual({ status: "running", lines: [{ unitPriceCents: 1850 }] });
  });
});
