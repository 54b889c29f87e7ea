import { addDays } from "@champ-commun/kit";
import type { Gql } from "./client";

/**
 * Builds a coherent AMAP world through the public API (the same mutations the back-offices use):
 * a regional network with a departmental sub-network, AMAPs with places and a season of weekly
 * distributions, farms with products, contract templates of every kind, households with
 * memberships, subscriptions and installment schedules. Deterministic for a given size.
 */
export interface WorldSize {
  amaps: number;
  farms: number;
  templatesPerAmap: number; // 3–5
  householdsPerAmap: number;
  weeks: number; // weekly distributions in the season
  seasonStart: string; // a Thursday, YYYY-MM-DD
}

export const DEMO_SIZE: WorldSize = {
  amaps: 3,
  farms: 5,
  templatesPerAmap: 4,
  householdsPerAmap: 12,
  weeks: 40,
  seasonStart: "2026-04-02",
};

export interface World {
  networkId: string;
  subNetworkId: string;
  amapIds: string[];
  farmIds: string[];
  templateIds: string[];
  distributionIds: string[];
  householdIds: string[];
  subscriptionIds: string[];
  totalCents: number;
}

/** Small deterministic PRNG (mulberry32), so a given size always gives the same world. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FarmSpec {
  name: string;
  city: string;
  postalCode: string;
  productions: string[];
  labels: string[];
  products: Array<{ name: string; unit: string; productionType: string; priceCents: number; pricing?: string }>;
  template: { name: string; kind: "fixed" | "per_date" | "flexible"; every: number; counts: number[] };
}

const FARMS: FarmSpec[] = [
  {
    name: "Ferme du Bout du Monde",
    city: "Lagny-sur-Marne",
    postalCode: "77400",
    productions: ["légumes"],
    labels: ["AB"],
    products: [
      { name: "Panier de légumes", unit: "panier", productionType: "vegetables", priceCents: 1800 },
      { name: "Demi-panier de légumes", unit: "panier", productionType: "vegetables", priceCents: 1000 },
    ],
    template: { name: "Légumes", kind: "fixed", every: 1, counts: [1, 3, 10] },
  },
  {
    name: "Les Poules de Marcel",
    city: "Coulommiers",
    postalCode: "77120",
    productions: ["œufs", "volailles"],
    labels: ["Nature & Progrès"],
    products: [
      { name: "Douzaine d'œufs", unit: "douzaine", productionType: "eggs", priceCents: 480 },
      { name: "Poulet fermier", unit: "kg", productionType: "poultry", priceCents: 1350, pricing: "by_weight" },
    ],
    template: { name: "Œufs et volailles", kind: "per_date", every: 2, counts: [1, 2] },
  },
  {
    name: "Fournil des Coteaux",
    city: "Meaux",
    postalCode: "77100",
    productions: ["pain"],
    labels: ["AB"],
    products: [
      { name: "Pain de campagne 1 kg", unit: "pièce", productionType: "bread", priceCents: 550 },
      { name: "Pain aux graines 500 g", unit: "pièce", productionType: "bread", priceCents: 380 },
    ],
    template: { name: "Pain", kind: "per_date", every: 1, counts: [1, 3] },
  },
  {
    name: "Chèvrerie de la Source",
    city: "Provins",
    postalCode: "77160",
    productions: ["fromages de chèvre"],
    labels: [],
    products: [{ name: "Crottin de chèvre", unit: "pièce", productionType: "dairy", priceCents: 320 }],
    template: { name: "Fromages de chèvre", kind: "flexible", every: 1, counts: [1, 2] },
  },
  {
    name: "Vergers du Val",
    city: "Nemours",
    postalCode: "77140",
    productions: ["pommes", "jus"],
    labels: ["AB"],
    products: [
      { name: "Pommes 2 kg", unit: "sachet", productionType: "fruit", priceCents: 600 },
      { name: "Jus de pomme 1 L", unit: "bouteille", productionType: "fruit", priceCents: 350 },
    ],
    template: { name: "Fruits", kind: "fixed", every: 2, counts: [1, 2, 4] },
  },
];

const AMAP_NAMES = [
  "AMAP des Lilas",
  "AMAP du Canal",
  "AMAP de la Butte",
  "AMAP Les Jardins de Montreuil",
  "AMAP du Plateau",
  "AMAP Court-Circuit",
];
const CITIES = [
  { city: "Les Lilas", postalCode: "93260", lat: 48.88, lng: 2.42 },
  { city: "Pantin", postalCode: "93500", lat: 48.894, lng: 2.409 },
  { city: "Bagnolet", postalCode: "93170", lat: 48.869, lng: 2.418 },
  { city: "Montreuil", postalCode: "93100", lat: 48.861, lng: 2.443 },
  { city: "Romainville", postalCode: "93230", lat: 48.884, lng: 2.435 },
  { city: "Noisy-le-Sec", postalCode: "93130", lat: 48.891, lng: 2.459 },
];
const FIRST = [
  "Camille",
  "Dominique",
  "Claude",
  "Alix",
  "Sacha",
  "Nour",
  "Lou",
  "Maël",
  "Inès",
  "Yanis",
  "Léa",
  "Hugo",
  "Aïcha",
  "Jules",
  "Zoé",
  "Malik",
];
const LAST = [
  "Martin",
  "Bernard",
  "Diallo",
  "Nguyen",
  "Moreau",
  "Haddad",
  "Lefèvre",
  "Garcia",
  "Rousseau",
  "Benali",
  "Fontaine",
  "Chevalier",
  "Traoré",
  "Petit",
];

async function inChunks<T, R>(items: T[], size: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map((t, j) => fn(t, i + j)))));
  return out;
}

export async function buildWorld(
  gql: Gql,
  size: WorldSize = DEMO_SIZE,
  onProgress: (msg: string) => void = () => {},
): Promise<World> {
  const rnd = prng(42 + size.amaps * 1000 + size.householdsPerAmap);
  const seasonEnd = addDays(size.seasonStart, 7 * (size.weeks - 1));
  const season = size.seasonStart.slice(0, 4);

  const region = await gql(
    `mutation { createNetwork(input: { name: "Réseau des AMAP d'Île-de-France", shortName: "AMAP IdF", level: regional, email: "contact@amap-idf.example" }) { id } }`,
  );
  const networkId = region.createNetwork.id;
  const dept = await gql(
    `mutation($p: ID) { createNetwork(input: { name: "AMAP de Seine-Saint-Denis", shortName: "AMAP 93", level: departmental, parentId: $p }) { id } }`,
    { p: networkId },
  );
  const subNetworkId = dept.createNetwork.id;

  onProgress("farms");
  const farms = await inChunks(
    Array.from({ length: size.farms }, (_, i) => i),
    4,
    async (i) => {
      const spec = FARMS[i % FARMS.length];
      const suffix = i >= FARMS.length ? ` ${Math.floor(i / FARMS.length) + 1}` : "";
      const f = await gql(`mutation($in: CreateFarmInput!) { createFarm(input: $in) { id } }`, {
        in: {
          name: spec.name + suffix,
          city: spec.city,
          postalCode: spec.postalCode,
          productions: spec.productions,
          labels: spec.labels,
          networkIds: [networkId],
          payeeName: `EARL ${spec.name}${suffix}`,
        },
      });
      const products = [];
      for (const p of spec.products) {
        const r = await gql(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
          in: {
            farmId: f.createFarm.id,
            name: p.name,
            unit: p.unit,
            productionType: p.productionType,
            pricing: p.pricing ?? "per_unit",
          },
        });
        products.push({ id: r.createProduct.id as string, priceCents: p.priceCents });
      }
      return { id: f.createFarm.id as string, spec, products };
    },
  );

  const world: World = {
    networkId,
    subNetworkId,
    amapIds: [],
    farmIds: farms.map((f) => f.id),
    templateIds: [],
    distributionIds: [],
    householdIds: [],
    subscriptionIds: [],
    totalCents: 0,
  };

  for (let a = 0; a < size.amaps; a++) {
    onProgress(`AMAP ${a + 1}/${size.amaps}`);
    const where = CITIES[a % CITIES.length];
    const name =
      AMAP_NAMES[a % AMAP_NAMES.length] + (a >= AMAP_NAMES.length ? ` ${Math.floor(a / AMAP_NAMES.length) + 1}` : "");
    const amap = await gql(`mutation($in: CreateAmapInput!) { createAmap(input: $in) { id } }`, {
      in: {
        name,
        networkId: a % 2 === 0 ? subNetworkId : networkId,
        city: where.city,
        postalCode: where.postalCode,
        latitude: where.lat,
        longitude: where.lng,
        email: `bureau@amap-${a + 1}.example`,
        registrationMode: "open",
      },
    });
    const amapId: string = amap.createAmap.id;
    world.amapIds.push(amapId);
    // The demo's AMAPs let their network see their directory entry, partnerships and figures.
    await gql(`mutation($in: SetNetworkConsentInput!) { setNetworkConsent(input: $in) { id } }`, {
      in: { amapId, directory: true, partnerships: true, statistics: true },
    });
    await gql(`mutation($in: CreateNetworkMembershipInput!) { createNetworkMembership(input: $in) { id } }`, {
      in: {
        networkId,
        year: Number(season),
        amapId,
        amountCents: 5000,
        status: "paid",
        charterSignedOn: size.seasonStart,
      },
    });

    const place = await gql(`mutation($in: CreatePlaceInput!) { createPlace(input: $in) { id } }`, {
      in: {
        amapId,
        name: "Préau de l'école",
        address: "12 rue des Écoles",
        city: where.city,
        postalCode: where.postalCode,
        hours: "jeudi 18 h 30 – 20 h",
      },
    });
    const dists = await gql(
      `mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id date } }`,
      {
        in: {
          amapId,
          placeId: place.createPlace.id,
          from: size.seasonStart,
          to: seasonEnd,
          cycle: "weekly",
          startTime: "18:30",
          endTime: "20:00",
          excludedDates: [],
        },
      },
    );
    const distributions: Array<{ id: string; date: string }> = dists.generateDistributions;
    world.distributionIds.push(...distributions.map((d) => d.id));

    const period = await gql(
      `mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`,
      {
        in: {
          amapId,
          name: `Adhésion ${season}`,
          startsOn: `${season}-01-01`,
          endsOn: `${season}-12-31`,
          feeMode: "free",
          feeCents: 0,
          minFeeCents: 1000,
          suggestedFeeCents: 2000,
          networkShareCents: 300,
        },
      },
    );
    const periodId: string = period.createMembershipPeriod.id;

    const templates: Array<{
      id: string;
      lineIds: string[];
      dates: Array<{ id: string; date: string }>;
      kind: string;
      counts: number[];
      availableLine1: Set<string>;
    }> = [];
    for (let t = 0; t < size.templatesPerAmap; t++) {
      const farm = farms[(a + t) % farms.length];
      const spec = farm.spec.template;
      const dates = distributions.filter((_, i) => i % spec.every === 0);
      const tpl = await gql(
        `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
        {
          in: {
            amapId,
            farmId: farm.id,
            name: `${spec.name} ${season} – ${farm.spec.name}`,
            season,
            kind: spec.kind,
            text: "Contrat d'engagement solidaire : le paysan s'engage à livrer des produits de sa ferme ; l'amapien pré-finance la saison et partage les aléas.",
            payeeName: `EARL ${farm.spec.name}`,
            membershipPeriodId: periodId,
            allowedInstallmentCounts: spec.counts,
            acceptedMeans: ["cheque", "transfer"],
            cashingDates: [],
            minTotalCents: 0,
            maxAbsences: 3,
            absenceNoticeHours: 48,
            postponementAllowed: true,
            lines: farm.products.map((p) => ({
              productId: p.id,
              unitPriceCents: p.priceCents,
              minQuantity: 0,
              maxQuantity: 4,
            })),
            distributionIds: dates.map((d) => d.id),
          },
        },
      );
      const tplId: string = tpl.createContractTemplate.id;
      const lineIds: string[] = tpl.createContractTemplate.lines.map((l: { id: string }) => l.id);
      // Mixed rhythms in one template: the second product (chicken) only once a month.
      if (spec.kind === "per_date" && lineIds.length > 1) {
        const cells = dates
          .filter((_, i) => i % 2 === 1)
          .map((d) => ({ templateLineId: lineIds[1], distributionId: d.id, available: false }));
        await gql(
          `mutation($id: ID!, $cells: [AvailabilityCellInput!]!) { setTemplateAvailability(input: { templateId: $id, cells: $cells }) { templateLineId } }`,
          { id: tplId, cells },
        );
      }
      await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: tplId });
      world.templateIds.push(tplId);
      templates.push({
        id: tplId,
        lineIds,
        dates,
        kind: spec.kind,
        counts: spec.counts,
        availableLine1: new Set(dates.filter((_, i) => i % 2 === 0).map((d) => d.id)),
      });
    }

    const households = await inChunks(
      Array.from({ length: size.householdsPerAmap }, (_, h) => h),
      6,
      async (h) => {
        const first = FIRST[Math.floor(rnd() * FIRST.length)];
        const last = LAST[(h + a * 3) % LAST.length];
        const people = [
          {
            firstName: first,
            lastName: last,
            email: `${first}.${last}.${a}.${h}@foyer.example`
              .toLowerCase()
              .normalize("NFD")
              .replace(/[\u0300-\u036f]/g, ""),
            phone: `06 ${String(10 + h).padStart(2, "0")} 00 00 ${String(a).padStart(2, "0")}`,
            isPrimary: true,
          },
        ];
        if (h % 3 === 0)
          people.push({
            firstName: FIRST[(h + 5) % FIRST.length],
            lastName: last,
            email: "",
            phone: "",
            isPrimary: false,
          });
        const hh = await gql(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
          in: { amapId, displayName: `Foyer ${last} (${h + 1})`, people },
        });
        const householdId: string = hh.createHousehold.id;
        await gql(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
          in: { householdId, periodId, amountCents: 1500 + 500 * (h % 3), status: h % 5 === 4 ? "pending" : "paid" },
        });
        return householdId;
      },
    );
    world.householdIds.push(...households);

    onProgress(`subscriptions of AMAP ${a + 1}`);
    const jobs: Array<{ householdId: string; tpl: (typeof templates)[number]; h: number }> = [];
    households.forEach((householdId, h) => {
      templates.forEach((tpl, t) => {
        if (t === 0 || rnd() < 0.55) jobs.push({ householdId, tpl, h });
      });
    });
    await inChunks(jobs, 4, async ({ householdId, tpl, h }) => {
      const lines = [];
      const main = 1 + (h % 2);
      for (const d of tpl.dates) {
        if (tpl.kind === "fixed")
          lines.push({ templateLineId: tpl.lineIds[h % tpl.lineIds.length], distributionId: d.id, quantity: 1 });
        else {
          lines.push({
            templateLineId: tpl.lineIds[0],
            distributionId: d.id,
            quantity: tpl.kind === "flexible" ? (rnd() < 0.3 ? 0 : main) : main,
          });
          if (tpl.lineIds[1] && tpl.availableLine1.has(d.id) && rnd() < 0.4)
            lines.push({ templateLineId: tpl.lineIds[1], distributionId: d.id, quantity: 1 });
        }
      }
      const s = await gql(
        `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id totalCents } }`,
        {
          in: {
            templateId: tpl.id,
            householdId,
            installmentCount: tpl.counts[h % tpl.counts.length],
            means: h % 4 === 3 ? "transfer" : "cheque",
            lines,
          },
        },
      );
      world.subscriptionIds.push(s.createSubscription.id);
      world.totalCents += s.createSubscription.totalCents;
    });
  }
  return world;
}
