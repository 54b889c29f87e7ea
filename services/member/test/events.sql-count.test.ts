import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { resetSqlCounters, sqlCount, statementGrowth, uuidv7, type Identity } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { Account } from "../src/accounts/account.entity";
import { EventService } from "../src/events/event.service";
import { EventKind } from "../src/events/event.entity";

/*
 * A member's list of coming events (seats taken, waiting list, their own registration and place,
 * the video link once they hold a seat) asks a fixed number of SQL statements however many events
 * and registrations there are (per-request DataLoaders), and gives each its right answer.
 */
let ds: DataSource;
let schema: GraphQLSchema;

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "events"));
  schema = (await buildMemberSubgraph()).schema;
});
afterAll(() => ds.destroy());

async function person(n: string): Promise<string> {
  const id = uuidv7();
  await ds.getRepository(Account).insert({
    id,
    email: `${n}@example.org`,
    firstName: "P",
    lastName: n,
    passwordHash: null,
    status: "active",
    superAdmin: false,
    createdAt: new Date(),
    updatedAt: new Date(),
  } as never);
  return id;
}

/** A network with `count` events of 2 seats; the member holds a seat in the first, waits (2nd in line) in the second. */
async function world(count: number, me: string): Promise<string> {
  const networkId = uuidv7();
  const events = new EventService(ds.manager);
  const others = [await person(`a${count}`), await person(`b${count}`), await person(`c${count}`)];
  for (let i = 0; i < count; i++) {
    const e = await events.create(
      {
        networkId,
        kind: EventKind.training,
        title: `Formation ${i + 1}`,
        startsAt: new Date(Date.now() + (i + 1) * 86_400_000),
        seats: 2,
        videoUrl: "https://visio.example.org/f",
      },
      null,
    );
    if (i === 0) await events.register(e.id, me);
    for (const o of others) await events.register(e.id, o);
    if (i === 1) await events.register(e.id, me);
  }
  return networkId;
}

const QUERY = `query($n: ID!) { events(filter: { networkId: $n }, perPage: 100) { total items { title videoUrl registeredCount waitingCount myRegistration { status waitingPosition } } } }`;

describe("a member's list of events", () => {
  it("asks as many SQL statements for 2 events as for 12, and answers each right", async () => {
    const me = await person("moi");
    const identity: Identity = { subject: me, kind: "person", grants: [] };
    const run = async (networkId: string) => {
      resetSqlCounters();
      const res = await execute(schema, QUERY, memberContext(ds, undefined, identity), { n: networkId });
      expect(res.errors).toBeUndefined();
      return { count: sqlCount("member"), items: res.data!.events.items };
    };
    const small = await run(await world(2, me));
    const large = await run(await world(12, me));
    expect(statementGrowth(small.count, large.count, 0, 5)).toBeNull();
    expect(large.items[0]).toEqual({
      title: "Formation 1",
      videoUrl: "https://visio.example.org/f",
      registeredCount: 2,
      waitingCount: 2,
      myRegistration: { status: "registered", waitingPosition: null },
    });
    // Waiting: no video link yet, and the place in line.
    expect(large.items[1]).toEqual({
      title: "Formation 2",
      videoUrl: "",
      registeredCount: 2,
      waitingCount: 2,
      myRegistration: { status: "waiting", waitingPosition: 2 },
    });
    expect(large.items[5]).toEqual({
      title: "Formation 6",
      videoUrl: "",
      registeredCount: 2,
      waitingCount: 1,
      myRegistration: null,
    });
  });
});

describe("a member's own registrations", () => {
  it("come a page at a time, latest first, with the total over all pages", async () => {
    const me = await person("pages");
    const identity: Identity = { subject: me, kind: "person", grants: [] };
    // A seat in the first event, then the waiting list of the second: two registrations, the waiting one latest.
    await world(3, me);
    const page = async (n: number) => {
      const res = await execute(
        schema,
        `query($p: Int) { myEventRegistrations(page: $p, perPage: 1) { total items { status waitingPosition } } }`,
        memberContext(ds, undefined, identity),
        { p: n },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.myEventRegistrations;
    };
    expect(await page(1)).toEqual({ total: 2, items: [{ status: "waiting", waitingPosition: 2 }] });
    expect(await page(2)).toEqual({ total: 2, items: [{ status: "registered", waitingPosition: null }] });
    expect(await page(3)).toEqual({ total: 2, items: [] });
  });
});
