import { addDays, todayIn } from "../../kit/src/calendar";
import { Harness, seedNetwork } from "./harness";

// Shared steps of the season tests: a calendar, a template over it, dates relative to today.

export type Net = Awaited<ReturnType<typeof seedNetwork>>;
export type Dated = { id: string; date: string };

/** Today in the AMAP's time zone (the default one: in-process tests have no network subgraph), moved by some days. */
export const day = (offset: number) => addDays(todayIn(), offset);

/** A weekly calendar (Tuesdays unless told) from `from` to `to`; returns the distributions created. */
export async function weekly(
  h: Harness,
  amapId: string,
  from: string,
  to: string,
  extra: Record<string, unknown> = {},
): Promise<Dated[]> {
  const res = await h.run(
    `mutation($input: GenerateDistributionsInput!) { generateDistributions(input: $input) { id date } }`,
    {
      input: { amapId, from, to, cycle: "weekly", startTime: "18:30", endTime: "20:00", ...extra },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.generateDistributions;
}

/** A draft template with vegetables and eggs on the given dates; `over` replaces any field. */
export async function draftTemplate(h: Harness, net: Net, dates: Dated[], over: Record<string, unknown> = {}) {
  const res = await h.run(
    `mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) { id status season name lines { id productId unitPriceCents } } }`,
    {
      input: {
        amapId: net.amapId,
        farmId: net.farmId,
        name: "Légumes 2026",
        season: "2026",
        lines: [
          { productId: net.vegetablesId, unitPriceCents: 1800, minQuantity: 1, maxQuantity: 2, quotaPerDelivery: 40 },
          { productId: net.eggsId, unitPriceCents: 420 },
        ],
        distributionIds: dates.map((d) => d.id),
        ...over,
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createContractTemplate as {
    id: string;
    status: string;
    season: string;
    name: string;
    lines: Array<{ id: string; productId: string; unitPriceCents: number }>;
  };
}

/** Runs a one-argument status mutation (`openContractTemplate`, `startTemplateSeason`…) on a template. */
export function step(h: Harness, mutation: string, id: string) {
  return h.run(`mutation($id: ID!) { ${mutation}(input: { id: $id }) { id status } }`, { id });
}
