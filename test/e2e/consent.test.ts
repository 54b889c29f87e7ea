import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { todayIn } from "../../services/kit/src/calendar";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";

/*
 * Consent (issue 11, finding 7): a subscription entered by anyone but the household awaits the
 * household's signature, always; nobody signs for it; a paper member's signature is the paper
 * contract, whose evidence (date, reference, note) a référent records, audited.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let bureau: SignedIn;
let referent: SignedIn;
let member: SignedIn;
let template: { id: string; line: string };
let households: string[];

const SUB = "id status enteredBy signedAt paperSignature { signedOn reference note recordedBy recordedAt }";
const CREATE = `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { ${SUB} } }`;
const RECORD = `mutation($i: RecordPaperSignatureInput!) { recordPaperSignature(input: $i) { ${SUB} } }`;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("consent"));
  mine = await buildTenant(admin, 1);
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@example.org", [
    { role: "amap_admin", scopeId: mine.amap },
  ]);
  // A contract without quota, for several households.
  const tpl = await admin(
    `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
    {
      i: {
        amapId: mine.amap,
        farmId: mine.farm,
        name: "Pain",
        season: String(new Date().getFullYear()),
        kind: "fixed",
        text: "Contrat.",
        payeeName: "Fournil",
        membershipPeriodId: mine.period,
        allowedInstallmentCounts: [1],
        acceptedMeans: ["cheque"],
        lines: [{ productId: mine.product, unitPriceCents: 400, maxQuantity: 3 }],
        distributionIds: mine.distributions.slice(0, 3),
      },
    },
  );
  template = { id: tpl.createContractTemplate.id, line: tpl.createContractTemplate.lines[0].id };
  await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: template.id });
  referent = await personWith(stack.graphqlUrl, admin, "referent@example.org", [
    { role: "referent", scopeId: template.id },
  ]);
  member = await personWith(
    stack.graphqlUrl,
    admin,
    "amapien@example.org",
    [{ role: "member", scopeId: mine.household }],
    { personId: mine.person },
  );
  households = [mine.household, mine.otherHousehold];
  for (let i = 0; i < 2; i++) {
    const h = await admin(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: { amapId: mine.amap, displayName: `Papier${i}`, people: [{ lastName: `Papier${i}` }] },
    });
    await admin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: { householdId: h.createHousehold.id, periodId: mine.period, amountCents: 1000, status: "pending" },
    });
    households.push(h.createHousehold.id);
  }
}, 180_000);
afterAll(() => stack?.stop());

const input = (householdId: string, extra: Record<string, unknown> = {}) => ({
  i: {
    templateId: template.id,
    householdId,
    installmentCount: 1,
    means: "cheque",
    lines: mine.distributions
      .slice(0, 3)
      .map((distributionId) => ({ templateLineId: template.line, distributionId, quantity: 1 })),
    ...extra,
  },
});

describe("a subscription entered by anyone but the household awaits its signature", () => {
  it("when an AMAP admin enters it, without saying so (no enteredBy)", async () => {
    const a = await post(stack.graphqlUrl, CREATE, input(households[1]), bearer(bureau.accessToken));
    expect(a.data.createSubscription).toMatchObject({
      status: "awaiting_member_signature",
      enteredBy: bureau.id,
      signedAt: null,
      paperSignature: null,
    });
    // Nobody signs for the household: not its AMAP's admin.
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($id: ID!) { signSubscription(input: { id: $id }) { id } }`,
          { id: a.data.createSubscription.id },
          bearer(bureau.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("when a référent enters it, and the household then signs it itself", async () => {
    const a = await post(stack.graphqlUrl, CREATE, input(mine.household), bearer(referent.accessToken));
    expect(codeOf(a)).toBe("OK");
    expect(a.data.createSubscription).toMatchObject({ status: "awaiting_member_signature", enteredBy: referent.id });
    const signed = await post(
      stack.graphqlUrl,
      `mutation($id: ID!) { signSubscription(input: { id: $id }) { status signedAt } }`,
      { id: a.data.createSubscription.id },
      bearer(member.accessToken),
    );
    expect(signed.data.signSubscription).toMatchObject({ status: "signed", signedAt: expect.any(String) });
  });

  it("but is signed when the household enters it itself", async () => {
    const h = await admin(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id people { id } } }`, {
      i: {
        amapId: mine.amap,
        displayName: "Autonome",
        people: [{ lastName: "Autonome", email: "autonome@foyer.example" }],
      },
    });
    await admin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: { householdId: h.createHousehold.id, periodId: mine.period, amountCents: 1000, status: "pending" },
    });
    const self = await personWith(
      stack.graphqlUrl,
      admin,
      "autonome@foyer.example",
      [{ role: "member", scopeId: h.createHousehold.id }],
      { personId: h.createHousehold.people[0].id },
    );
    const own = await post(stack.graphqlUrl, CREATE, input(h.createHousehold.id), bearer(self.accessToken));
    expect(own.data.createSubscription).toMatchObject({
      status: "signed",
      enteredBy: null,
      signedAt: expect.any(String),
    });
  });
});

describe("a paper member's signature is the paper contract", () => {
  it("lets the référent find the AMAP's households by name only, to enter a paper member's contract", async () => {
    const a = await referent.gql(
      `query($a: ID!) { households(filter: { amapId: $a }, perPage: 100) { items { id displayName people { email phone } balanceCents } } }`,
      { a: mine.amap },
    );
    const byId = new Map<string, { displayName: string; people: unknown[]; balanceCents: number }>(
      a.households.items.map((h: any) => [h.id, h]),
    );
    expect(byId.has(households[2])).toBe(true);
    // Not a subscriber of the référent's contract: a name, no person, no account.
    expect(byId.get(households[3])).toMatchObject({ displayName: "Papier1", people: [], balanceCents: 0 });
  });

  it("recorded by the référent (date, reference, note), audited, and counting as signed", async () => {
    const entered = (await referent.gql(CREATE, input(households[2]))).createSubscription;
    expect(entered.status).toBe("awaiting_member_signature");
    const today = todayIn();
    const r = await post(
      stack.graphqlUrl,
      RECORD,
      {
        i: {
          subscriptionId: entered.id,
          signedOn: today,
          reference: "Contrat papier n° 12, classeur 2026",
          note: "Remis à la distribution",
        },
      },
      bearer(referent.accessToken),
    );
    expect(r.data.recordPaperSignature).toMatchObject({
      status: "signed",
      paperSignature: {
        signedOn: today,
        reference: "Contrat papier n° 12, classeur 2026",
        note: "Remis à la distribution",
        recordedBy: referent.id,
      },
    });
    const trail = await bureau.gql(
      `query($a: ID!, $id: ID!) { auditEntries(filter: { amapId: $a, entity: "Subscription", entityId: $id }) { items { actorId action after } } }`,
      { a: mine.amap, id: entered.id },
    );
    const entry = trail.auditEntries.items.find((e: { action: string }) => e.action === "record_paper_signature");
    expect(entry).toMatchObject({ actorId: referent.id });
    expect(JSON.parse(entry.after).paperSignature.reference).toBe("Contrat papier n° 12, classeur 2026");
    // Once signed, there is no signature left to record.
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          RECORD,
          { i: { subscriptionId: entered.id, signedOn: today, reference: "bis" } },
          bearer(referent.accessToken),
        ),
      ),
    ).toBe("CONFLICT");
  });

  it("is refused in the future, without a reference, and to those who are not its template's référents or AMAP's admins", async () => {
    const entered = (await bureau.gql(CREATE, input(households[3]))).createSubscription;
    const future = await post(
      stack.graphqlUrl,
      RECORD,
      { i: { subscriptionId: entered.id, signedOn: "2999-01-01", reference: "n° 13" } },
      bearer(referent.accessToken),
    );
    expect(Object.keys(future.errors![0].extensions!.fields!)).toEqual(["signedOn"]);
    const blank = await post(
      stack.graphqlUrl,
      RECORD,
      { i: { subscriptionId: entered.id, signedOn: todayIn(), reference: " " } },
      bearer(referent.accessToken),
    );
    expect(Object.keys(blank.errors![0].extensions!.fields!)).toEqual(["reference"]);
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          RECORD,
          { i: { subscriptionId: entered.id, signedOn: todayIn(), reference: "n° 13" } },
          bearer(member.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          RECORD,
          { i: { subscriptionId: entered.id, signedOn: todayIn(), reference: "n° 13" } },
          bearer(bureau.accessToken),
        ),
      ),
    ).toBe("OK");
  });
});
