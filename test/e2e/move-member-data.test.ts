import type { DataSource } from "typeorm";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { buildWorld, type World } from "../../tools/src/demo/world";
import { captureSql } from "../../services/kit/src/sql-counter";
import { setLogDestination } from "../../services/kit/src/log";
import { startTestStack } from "./stack.helper";
import { login, PASSWORD, personWith, post, bearer, type SignedIn } from "./auth.helper";

/*
 * A member's data through the gateway: "Exporter mes données" gives every record of the household
 * (it failed with FORBIDDEN on Subscription.terms), the member asks for erasure, an AMAP admin
 * confirms, and then no query, export, database row, SQL statement or log line holds the person's
 * name or e-mail, while the household's installments still sum as before.
 */

let stack: Stack;
let admin: Gql;
let world: World;
let bureau: SignedIn;
let member: SignedIn;
let householdId: string;
let subscriptionId: string;
const ME = { first: "Anaïs", last: "Zyskowicz", email: "anais.zyskowicz@exemple.org", phone: "06 71 42 93 58" };
const PARTNER = { first: "Bérénice", last: "Zyskowicz", email: "berenice.zyskowicz@exemple.org" };
const IDENTITY = [ME.email, PARTNER.email, ME.phone, `${ME.first} ${ME.last}`, ME.last];

/** The Thursday at least 10 days ahead: every delivery is to come. */
function nextThursday(): string {
  const d = new Date(Date.now() + 10 * 86_400_000);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function dump(sources: Record<string, DataSource>): Promise<string> {
  const parts: string[] = [];
  for (const ds of Object.values(sources))
    for (const m of ds.entityMetadatas)
      parts.push(JSON.stringify(await ds.query(`SELECT * FROM ${ds.driver.escape(m.tableName)}`)));
  return parts.join("\n");
}

/** Everything written to the console and the standard streams while `fn` runs. */
async function captureLogs(fn: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) =>
    void lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((k) =>
    jest.spyOn(console, k).mockImplementation(keep),
  );
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => (keep(String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => (keep(String(chunk)), true));
  // Every line the processes log, at the most detailed level (SQL statements included).
  setLogDestination({ write: (line: string) => keep(line) }, "trace");
  try {
    await fn();
  } finally {
    setLogDestination();
    for (const s of [...spies, out, err]) s.mockRestore();
  }
  return lines.join("\n");
}

const installmentSum = async () =>
  (
    await stack.dataSources.member.query(`SELECT SUM(amountCents) AS s FROM installment WHERE householdId = ?`, [
      householdId,
    ])
  )[0].s;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("movemember"));
  const start = nextThursday();
  world = await buildWorld(admin, {
    amaps: 1,
    farms: 2,
    templatesPerAmap: 2,
    householdsPerAmap: 3,
    weeks: 4,
    seasonStart: start,
  });
  const amapId = world.amapIds[0];
  const period = await admin(`query($a: ID!) { membershipPeriods(filter: { amapId: $a }) { items { id } } }`, {
    a: amapId,
  });
  const hh = await admin(
    `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id people { id firstName } } }`,
    {
      i: {
        amapId,
        displayName: `Foyer ${ME.last}`,
        address: "3 impasse des Glycines",
        people: [
          { firstName: ME.first, lastName: ME.last, email: ME.email, phone: ME.phone, isPrimary: true },
          { firstName: PARTNER.first, lastName: PARTNER.last, email: PARTNER.email },
        ],
      },
    },
  );
  householdId = hh.createHousehold.id;
  await admin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
    i: {
      householdId,
      periodId: period.membershipPeriods.items[0].id,
      amountCents: 2000,
      status: "paid",
      issuer: `${ME.first} ${ME.last}`,
    },
  });
  const tpl = await admin(
    `query($id: ID!) { contractTemplate(id: $id) { lines { id } deliveries { distributionId } } }`,
    { id: world.templateIds[0] },
  );
  const lines = tpl.contractTemplate.deliveries.map((d: { distributionId: string }) => ({
    templateLineId: tpl.contractTemplate.lines[0].id,
    distributionId: d.distributionId,
    quantity: 1,
  }));
  const sub = await admin(
    `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id installments { id } } }`,
    {
      i: {
        templateId: world.templateIds[0],
        householdId,
        installmentCount: 3,
        means: "cheque",
        lines,
        coSubscriberHouseholdIds: [world.householdIds[0]],
      },
    },
  );
  subscriptionId = sub.createSubscription.id;
  const first = sub.createSubscription.installments[0].id;
  await admin(
    `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { id } }`,
    {
      ids: [first],
      d: [
        { installmentId: first, chequeNumber: "7654321", bank: "Crédit Coopératif", issuer: `${ME.last} ${ME.first}` },
      ],
    },
  );
  const person = hh.createHousehold.people.find((p: { firstName: string }) => p.firstName === ME.first).id;
  member = await personWith(stack.graphqlUrl, admin, ME.email, [{ role: "member", scopeId: householdId }], {
    personId: person,
  });
  bureau = await personWith(stack.graphqlUrl, admin, "tresoriere@amap.example", [
    { role: "amap_admin", scopeId: amapId },
  ]);
  await member.gql(
    `mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
    { s: subscriptionId, d: tpl.contractTemplate.deliveries[3].distributionId },
  );
}, 240_000);
afterAll(() => stack?.stop());

describe("the member's data export", () => {
  it("reads a subscription's frozen terms as its household (FORBIDDEN before)", async () => {
    const r = await member.gql(
      `query($id: ID!) { household(id: $id) { subscriptions { terms { templateName payeeName farmId } } } }`,
      { id: householdId },
    );
    expect(r.household.subscriptions[0].terms.payeeName).toMatch(/EARL/);
  });

  it("is one JSON file with every record naming the household, and nothing of another household's", async () => {
    const r = await member.gql(
      `query($h: ID!) { householdDataExport(householdId: $h) { fileName mediaType encoding content byteSize } }`,
      { h: householdId },
    );
    const file = r.householdDataExport;
    expect(file).toMatchObject({ mediaType: "application/json", encoding: "utf8" });
    expect(file.fileName).toMatch(/^mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    expect(Buffer.byteLength(file.content)).toBe(file.byteSize);
    const data = JSON.parse(file.content);
    expect(data).toMatchObject({ format: "champ-commun/household-export", version: 1, household: { id: householdId } });
    expect(data.records.Person.map((p: { email: string }) => p.email).sort()).toEqual([ME.email, PARTNER.email]);
    expect(data.records.Subscription[0].terms.payeeName).toMatch(/EARL/);
    expect(data.counts.DeliveryLine).toBe(4);
    expect(
      data.records.Installment.filter((i: { subscriptionId: string }) => i.subscriptionId === subscriptionId),
    ).toHaveLength(3);
    expect(data.records.CoSubscriber[0].householdId).toBe(world.householdIds[0]);
    expect(data.records.Absence).toHaveLength(1);
    expect(data.records.Account[0]).toMatchObject({ email: ME.email });
    expect(data.records.RoleGrant[0]).toMatchObject({ role: "member", scopeId: householdId });
    expect(file.content).not.toMatch(/passwordHash|tokenHash|argon2/);
    expect(file.content).not.toContain("@foyer.example"); // the world's other households
  });

  it("is refused to another household's member and to the network", async () => {
    const other = await post(
      stack.graphqlUrl,
      `query($h: ID!) { householdDataExport(householdId: $h) { fileName } }`,
      { h: world.householdIds[1] },
      bearer(member.accessToken),
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("erasure: the member asks, an AMAP admin confirms", () => {
  it("leaves no name or e-mail in any query, export, database row, SQL statement or log line; installments sum as before", async () => {
    const sumBefore = await installmentSum();
    const distribution = world.distributionIds[0];
    const SHEET = `query($d: ID!) { distribution(id: $d) { signOffSheet { name household { id displayName } items { productName quantity } } } }`;
    const sheetBefore = await bureau.gql(SHEET, { d: distribution });
    expect(JSON.stringify(sheetBefore)).toContain(ME.last);

    const asked = await member.gql(
      `mutation($i: RequestDataErasureInput!) { requestDataErasure(input: $i) { id status dueAt } }`,
      { i: { householdId } },
    );
    expect(asked.requestDataErasure.status).toBe("requested");
    const mine = await member.gql(`query($id: ID!) { household(id: $id) { pendingErasure { id } } }`, {
      id: householdId,
    });
    expect(mine.household.pendingErasure.id).toBe(asked.requestDataErasure.id);
    // The member cannot confirm it; the board sees it and does.
    const refused = await post(
      stack.graphqlUrl,
      `mutation($i: ConfirmDataErasureInput!) { confirmDataErasure(input: $i) { id } }`,
      { i: { id: asked.requestDataErasure.id } },
      bearer(member.accessToken),
    );
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const list = await bureau.gql(
      `query($a: ID!) { erasureRequests(filter: { amapId: $a, status: requested }) { total items { id householdId } } }`,
      { a: world.amapIds[0] },
    );
    expect(list.erasureRequests.items.map((r: { id: string }) => r.id)).toContain(asked.requestDataErasure.id);

    let statements: Array<{ query: string; parameters: unknown[] }> = [];
    let answers = "";
    const logs = await captureLogs(async () => {
      await bureau.gql(
        `mutation($i: ConfirmDataErasureInput!) { confirmDataErasure(input: $i) { id status erasedAt } }`,
        { i: { id: asked.requestDataErasure.id } },
      );
      statements = await captureSql(async () => {
        const reads = await Promise.all([
          bureau.gql(SHEET, { d: distribution }),
          bureau.gql(
            `query($a: ID!, $q: String) { households(filter: { amapId: $a, q: $q }) { total items { displayName address people { email } } } }`,
            { a: world.amapIds[0], q: null },
          ),
          bureau.gql(`query($h: ID!) { householdDataExport(householdId: $h) { content } }`, { h: householdId }),
          bureau.gql(
            `query($a: ID!) { auditEntries(filter: { amapId: $a }, perPage: 100) { items { entity action before after } } }`,
            { a: world.amapIds[0] },
          ),
          bureau.gql(
            `query($s: ID!) { subscription(id: $s) { household { displayName } installments { amountCents issuer } } }`,
            { s: subscriptionId },
          ),
        ]);
        answers = JSON.stringify(reads);
      });
    });
    // The capture saw the processes' lines (each request's, each statement's), none of which names the member.
    expect(logs).toMatch(/"msg":"request".*"msg":"sql"|"msg":"sql".*"msg":"request"/s);
    const everything = { answers, logs, sql: JSON.stringify(statements), database: await dump(stack.dataSources) };
    for (const [where, text] of Object.entries(everything))
      for (const needle of IDENTITY) expect([where, needle, text.includes(needle)]).toEqual([where, needle, false]);
    expect(answers).toContain("Foyer anonyme");
    expect(await installmentSum()).toBe(sumBefore);
    // The member's sign-in is gone with the rest.
    await expect(login(stack.graphqlUrl, ME.email, PASSWORD)).rejects.toThrow(/login/);
  });
});
