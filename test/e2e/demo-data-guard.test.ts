import type { Stack } from "../../tools/src/stack";
import { demoDataRefusal, seedIfEmpty } from "../../tools/src/demo/seed";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";

/*
 * Demo data only on the embedded default (issue 11, finding 8): its accounts have a published
 * password, so an empty configured database (DATABASE_URL or a service's own URL, MariaDB or not)
 * or a production deployment never gets it; `npm start` and `npm run seed` both go through this.
 */

let stack: Stack;
let gql: Gql;

beforeAll(async () => {
  ({ stack, gql } = await startTestStack("demo-guard"));
}, 60_000);
afterAll(() => stack?.stop());

describe("demo data", () => {
  it("is refused with a configured database or in production, whichever service's URL is set", () => {
    expect(demoDataRefusal({})).toBeNull();
    expect(demoDataRefusal({ NODE_ENV: "development" })).toBeNull();
    expect(demoDataRefusal({ DATABASE_URL: "mysql://champ:champ@127.0.0.1:3306/champ_commun" })).toMatch(
      /DATABASE_URL/,
    );
    for (const k of ["NETWORK_DATABASE_URL", "AMAP_DATABASE_URL", "MEMBER_DATABASE_URL"])
      expect(demoDataRefusal({ [k]: "sqlite:/srv/data" })).toMatch(k);
    expect(demoDataRefusal({ NODE_ENV: "production" })).toMatch(/production/);
  });

  it("adds nothing to an empty database when one is configured or in production: no network, no demo account", async () => {
    const logs: string[] = [];
    for (const env of [
      { DATABASE_URL: "mysql://champ:champ@127.0.0.1:3306/champ_commun" },
      { MEMBER_DATABASE_URL: "sqlite:/srv/data" },
      { NODE_ENV: "production" },
    ]) {
      expect(await seedIfEmpty(stack.graphqlUrl, (m) => logs.push(m), env)).toBeNull();
    }
    expect(logs.every((m) => /No demo data/.test(m))).toBe(true);
    expect((await gql(`{ networks { total } }`)).networks.total).toBe(0);
    const demo = await stack.dataSources.member.query(
      `SELECT COUNT(*) AS n FROM account WHERE email LIKE '%@demo.champ-commun.org'`,
    );
    expect(Number(demo[0].n)).toBe(0);
  });

  it("goes into the embedded default's empty database", async () => {
    const seeded = await seedIfEmpty(stack.graphqlUrl, () => {}, {});
    expect(seeded?.accounts.length).toBeGreaterThanOrEqual(5);
    expect((await gql(`{ networks { total } }`)).networks.total).toBeGreaterThan(0);
  }, 120_000);
});
