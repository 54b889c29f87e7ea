import { DataSource, In } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { SubscriptionService } from "../src/services/subscription.service";
import { Installment, PaymentMeans } from "../src/entities/installment.entity";
import { Handover } from "../src/entities/handover.entity";
import { AuditEntry } from "../src/audit/audit-entry.entity";
import { amapFake, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

/*
 * Treasurers recording payments at the same moment: no mark and no handover is lost or done
 * twice. On MariaDB the rows are locked (SELECT … FOR UPDATE) and each update checks the version
 * it read; on SQLite mutations are queued by the kit's write queue.
 */
let ds: DataSource;
let schema: GraphQLSchema;
const amapId = uuidv7();
const periodId = uuidv7();
const terms = makeTerms(amapId, periodId);
const source = termsSource(terms);
const run = (q: string, v: Record<string, unknown>) =>
  execute(schema, q, { ...memberContext(ds), templateTerms: source, amap: amapFake }, v);
const MARK = `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d, receivedOn: "2026-04-01" }) { id status version } }`;
const HAND = `mutation($a: ID!, $f: ID!, $ids: [ID!]) { handOverInstallments(input: { amapId: $a, farmId: $f, date: "2026-04-15", ids: $ids }) { id totalCents installmentCount installmentIds } }`;
const details = (ids: string[]) =>
  ids.map((id, k) => ({ installmentId: id, chequeNumber: `10${k}`, bank: "La Banque Postale", issuer: "Émetteur" }));
const codes = (rs: Array<{ errors?: readonly { extensions: Record<string, unknown> }[] }>) =>
  rs.map((r) => (r.errors ? String(r.errors[0].extensions.code) : "OK"));
let ids: string[] = [];

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "paycc"));
  schema = (await buildMemberSubgraph()).schema;
  for (const n of ["A", "B", "C", "D"]) {
    const h = await memberHousehold(ds, amapId, periodId, `Tresor-${n}`);
    const sub = await new SubscriptionService(ds.manager, source).create({
      templateId: terms.templateId,
      householdId: h.id,
      installmentCount: 6,
      means: PaymentMeans.cheque,
      lines: grid(terms, [[1, 1, 1, 1]]),
    });
    ids.push(
      ...(await ds.getRepository(Installment).find({ where: { subscriptionId: sub.id }, order: { rank: "ASC" } })).map(
        (i) => i.id,
      ),
    );
  }
  ids = ids.sort();
});
afterAll(() => ds.destroy());

describe("installments under concurrent updates", () => {
  it("keeps every mark of parallel batches, and records each payment once", async () => {
    const batches = [ids.slice(0, 6), ids.slice(6, 12), ids.slice(12, 18)];
    const disjoint = await Promise.all(batches.map((b) => run(MARK, { ids: b, d: details(b) })));
    expect(codes(disjoint)).toEqual(["OK", "OK", "OK"]);
    // Two batches overlapping on one payment: one wins, the other is refused as a whole.
    const a = ids.slice(18, 21);
    const b = ids.slice(20, 24);
    const overlapping = await Promise.all([run(MARK, { ids: a, d: details(a) }), run(MARK, { ids: b, d: details(b) })]);
    expect(codes(overlapping).sort()).toEqual(["CONFLICT", "OK"]);
    const winner = overlapping[0].errors ? b : a;
    const rows = await ds.getRepository(Installment).find({ where: { id: In(ids) } });
    const received = rows
      .filter((r) => r.status === "received")
      .map((r) => r.id)
      .sort();
    expect(received).toEqual([...ids.slice(0, 18), ...winner].sort());
    expect(rows.every((r) => r.version === (r.status === "received" ? 2 : 1))).toBe(true);
    const audits = await ds
      .getRepository(AuditEntry)
      .find({ where: { entity: "Installment", action: "receive", entityId: In(ids) } });
    expect(audits).toHaveLength(received.length);
  });

  it("puts each received cheque in exactly one handover when treasurers hand over at once", async () => {
    const received = (await ds.getRepository(Installment).find({ where: { id: In(ids), status: "received" as never } }))
      .map((r) => r.id)
      .sort();
    const [x, y] = [received.slice(0, 4), received.slice(4, 8)];
    const explicit = await Promise.all([
      run(HAND, { a: amapId, f: terms.farmId, ids: x }),
      run(HAND, { a: amapId, f: terms.farmId, ids: y }),
    ]);
    expect(codes(explicit)).toEqual(["OK", "OK"]);
    const all = await Promise.all([1, 2, 3].map(() => run(HAND, { a: amapId, f: terms.farmId, ids: null })));
    expect(codes(all).sort()).toEqual(["CONFLICT", "CONFLICT", "OK"]);
    const handovers = await ds.getRepository(Handover).find({ where: { amapId } });
    expect(handovers).toHaveLength(3);
    const batched = [...explicit, ...all]
      .filter((r) => !r.errors)
      .flatMap((r) => r.data!.handOverInstallments.installmentIds as string[]);
    expect(batched.sort()).toEqual(received);
    const rows = await ds.getRepository(Installment).find({ where: { id: In(received) } });
    expect(rows.every((r) => r.status === "handed_over" && r.version === 3)).toBe(true);
    expect(handovers.reduce((s, h) => s + h.totalCents, 0)).toBe(rows.reduce((s, r) => s + r.amountCents, 0));
  });

  it("refuses a stale version with CONFLICT on the field", async () => {
    const pending = (
      await ds.getRepository(Installment).find({ where: { id: In(ids), status: "to_provide" as never } })
    ).map((r) => r.id);
    const [id] = pending;
    const [first, second] = await Promise.all([
      run(MARK, { ids: [id], d: [{ ...details([id])[0], expectedVersion: 1 }] }),
      run(
        `mutation($id: ID!) { correctInstallment(input: { id: $id, expectedVersion: 1, reason: "échéance décalée", dueOn: "2026-06-30" }) { id } }`,
        { id },
      ),
    ]);
    // Both saw version 1: whichever runs second finds the installment received (stale version) or corrected, and is refused.
    expect(codes([first, second]).sort()).toEqual(["CONFLICT", "OK"]);
    const stale = await run(MARK, { ids: [pending[1]], d: [{ ...details([pending[1]])[0], expectedVersion: 5 }] });
    expect(stale.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: { "details.0.expectedVersion": expect.stringMatching(/modifiée entre-temps/) },
    });
    const correctStale = await run(
      `mutation($id: ID!) { correctInstallment(input: { id: $id, expectedVersion: 9, reason: "x" }) { id } }`,
      { id: pending[1] },
    );
    expect(correctStale.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: { expectedVersion: expect.any(String) },
    });
  });
});
