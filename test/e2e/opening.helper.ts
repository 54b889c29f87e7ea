import { addDays, todayIn } from "../../services/kit/src/calendar";
import type { DataSource } from "typeorm";

/**
 * A season's opening as the replica and fault tests drive it: an AMAP with one open template and
 * households with their membership, then households subscribing (with a grid) and reading the
 * template and the subscriptions, a few at a time, while faults are injected. It counts what
 * the client was told, to compare with what the database holds.
 */
export interface Answer {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}
export type Call = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;

export interface Season {
  amap: string;
  template: string;
  lines: string[];
  distributions: string[];
  households: string[];
}

export async function setUpSeason(call: Call, households: number, tag: string): Promise<Season> {
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const a = await call(query, variables);
    if (a.errors?.length) throw new Error(`${a.errors[0].extensions?.code}: ${a.errors[0].message}`);
    return a.data;
  };
  const ids = {} as Season;
  const first = addDays(todayIn(), 14);
  const season = first.slice(0, 4);
  const n = await ok(`mutation($name: String!) { createNetwork(input: { name: $name }) { id } }`, {
    name: `Réseau ${tag}`,
  });
  ids.amap = (
    await ok(`mutation($n: ID, $name: String!) { createAmap(input: { name: $name, networkId: $n }) { id } }`, {
      n: n.createNetwork.id,
      name: `AMAP ${tag}`,
    })
  ).createAmap.id;
  const farm = (await ok(`mutation { createFarm(input: { name: "Ferme Double", payeeName: "EARL Double" }) { id } }`))
    .createFarm.id;
  const product = (
    await ok(
      `mutation($f: ID!) { createProduct(input: { farmId: $f, name: "Panier", unit: "panier", productionType: vegetables }) { id } }`,
      { f: farm },
    )
  ).createProduct.id;
  const place = (
    await ok(`mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau" }) { id } }`, { a: ids.amap })
  ).createPlace.id;
  const d = await ok(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id } }`, {
    in: {
      amapId: ids.amap,
      placeId: place,
      from: first,
      to: addDays(first, 7 * 5),
      cycle: "weekly",
      startTime: "18:30",
      endTime: "20:00",
    },
  });
  ids.distributions = d.generateDistributions.map((x: { id: string }) => x.id);
  const period = (
    await ok(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        name: `Adhésion ${season}`,
        startsOn: `${season}-01-01`,
        endsOn: `${Number(season) + 1}-12-31`,
        feeMode: "free",
        feeCents: 0,
      },
    })
  ).createMembershipPeriod.id;
  const t = await ok(
    `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
    {
      in: {
        amapId: ids.amap,
        farmId: farm,
        name: "Légumes",
        season,
        kind: "fixed",
        payeeName: "EARL Double",
        membershipPeriodId: period,
        allowedInstallmentCounts: [1, 3],
        acceptedMeans: ["cheque"],
        lines: [{ productId: product, unitPriceCents: 1800, maxQuantity: 2 }],
        distributionIds: ids.distributions,
      },
    },
  );
  ids.template = t.createContractTemplate.id;
  ids.lines = t.createContractTemplate.lines.map((l: { id: string }) => l.id);
  await ok(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: ids.template });
  ids.households = [];
  for (let h = 0; h < households; h++) {
    const hh = await ok(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        displayName: `Foyer ${h}`,
        people: [{ firstName: "Prénom", lastName: `Nom${h}`, email: `${tag}${h}@exemple.fr`, isPrimary: true }],
      },
    });
    ids.households.push(hh.createHousehold.id);
    await ok(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
      in: { householdId: hh.createHousehold.id, periodId: period, amountCents: 0, status: "paid", means: "cash" },
    });
  }
  return ids;
}

export interface OpeningCounts {
  readsOk: number;
  readsFailed: string[];
  acknowledged: Set<string>;
  writesFailed: string[];
}

/**
 * Households subscribe (3 installments each) then read twice, `clients` at a time; `faults` runs
 * beside them and may wait on `progress()` (households done).
 */
export async function runOpening(
  call: Call,
  s: Season,
  clients: number,
  faults: (progress: () => number) => Promise<void>,
): Promise<OpeningCounts> {
  const counts: OpeningCounts = { readsOk: 0, readsFailed: [], acknowledged: new Set(), writesFailed: [] };
  const READ = `query($t: ID!, $a: ID!) { contractTemplate(id: $t) { name status lines { id unitPriceCents } } subscriptions(filter: { amapId: $a }, perPage: 5) { total items { id totalCents } } }`;
  const SUBSCRIBE = `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id installments { id } } }`;
  // The handler's return type steers what .catch infers (Answer, not a union without `data`).
  const safe = (q: string, v: Record<string, unknown>) =>
    call(q, v).catch((e): Answer => ({ errors: [{ message: String(e), extensions: { code: "NETWORK" } }] }));
  const read = async () => {
    const a = await safe(READ, { t: s.template, a: s.amap });
    if (a.errors?.length) counts.readsFailed.push(a.errors[0].extensions?.code ?? "?");
    else counts.readsOk++;
  };
  const subscribe = async (householdId: string) => {
    const a = await safe(SUBSCRIBE, {
      in: {
        templateId: s.template,
        householdId,
        installmentCount: 3,
        means: "cheque",
        lines: s.distributions.map((d) => ({ templateLineId: s.lines[0], distributionId: d, quantity: 1 })),
      },
    });
    if (a.errors?.length) counts.writesFailed.push(a.errors[0].extensions?.code ?? "?");
    else counts.acknowledged.add(a.data.createSubscription.id);
  };
  const queue = [...s.households];
  let done = 0;
  const injected = faults(() => done);
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let h = queue.shift(); h; h = queue.shift()) {
        await subscribe(h);
        await read();
        await read();
        done++;
      }
    }),
  );
  await injected;
  return counts;
}

/** What the member database holds for the template: acknowledged subscriptions missing, duplicates, installments per subscription. */
export async function storedAgainst(member: DataSource, s: Season, acknowledged: Set<string>) {
  const rows: Array<{ id: string; householdId: string }> = await member.query(
    "SELECT id, householdId FROM subscription WHERE templateId = ?",
    [s.template],
  );
  const stored = new Set(rows.map((r) => r.id));
  const [{ n }] = await member.query(
    `SELECT COUNT(*) AS n FROM installment WHERE subscriptionId IN (${rows.map(() => "?").join(",") || "''"})`,
    rows.map((r) => r.id),
  );
  return {
    stored: rows.length,
    lost: [...acknowledged].filter((id) => !stored.has(id)),
    duplicatedHouseholds: rows.length - new Set(rows.map((r) => r.householdId)).size,
    installments: Number(n),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
