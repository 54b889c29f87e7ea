import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { DeliveryLine } from "../src/entities/delivery-line.entity";
import { amapFake, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

/*
 * Households signing up at the same moment: the farm's quota must hold. On MariaDB the template's
 * subscriptions are locked (and a deadlock victim retried); on SQLite mutations are queued.
 */
let ds: DataSource;
let schema: GraphQLSchema;
beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "race"));
  schema = (await buildMemberSubgraph()).schema;
});
afterAll(() => ds.destroy());

it("keeps the farm's quota when households sign up at the same time", async () => {
  const amapId = uuidv7();
  const periodId = uuidv7();
  const t = makeTerms(amapId, periodId); // eggs: quota 5 per delivery
  const source = termsSource(t);
  const households = [];
  for (const n of ["A", "B", "C", "D", "E"])
    households.push(await memberHousehold(ds, amapId, periodId, `Course-${n}`));
  const results = await Promise.all(
    households.map((h) =>
      execute(
        schema,
        `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`,
        { ...memberContext(ds), templateTerms: source, amap: amapFake },
        {
          i: {
            templateId: t.templateId,
            householdId: h.id,
            installmentCount: 1,
            means: "cheque",
            lines: grid(t, [[1, 1, 1, 1], [2]]),
          },
        },
      ),
    ),
  );
  expect(results.filter((r) => !r.errors)).toHaveLength(2);
  expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions.code)).toEqual([
    "CONFLICT",
    "CONFLICT",
    "CONFLICT",
  ]);
  const eggs = await ds.getRepository(DeliveryLine).find({ where: { templateLineId: t.lines[1].id } });
  expect(eggs.reduce((s, l) => s + l.quantity, 0)).toBe(4);
});
