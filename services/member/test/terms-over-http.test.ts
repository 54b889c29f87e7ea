import { DataSource } from "typeorm";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { loadSigningKey, RunningServer, signAccessToken, uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { internalHeaders } from "../../kit/src/auth/internal";
import { openMemberDb } from "../src/db";
import { startMemberService } from "../src/app";
import { asAmapGives, grid, makeTerms, memberHousehold } from "./fixtures";

/*
 * The amap subgraph is replaced by a tiny real GraphQL server serving `contractTemplateTerms`
 * from a fixture: the member subgraph reaches it over HTTP through AMAP_URL, as in production.
 */
const typeDefs = /* GraphQL */ `
  type TermsLine {
    id: ID!
    productId: ID!
    productName: String!
    unit: String!
    unitPriceCents: Int!
    minQuantity: Int
    maxQuantity: Int
    quotaPerDelivery: Int
  }
  type TermsDelivery {
    distributionId: ID!
    date: String!
    status: String!
    startsAt: String!
    absenceDeadline: String!
    editableUntil: String
  }
  type TermsCell {
    templateLineId: ID!
    distributionId: ID!
    quota: Int
  }
  type ContractTemplateTerms {
    templateId: ID!
    amapId: ID!
    farmId: ID!
    name: String!
    kind: String!
    status: String!
    text: String!
    payeeName: String!
    membershipPeriodId: ID
    allowedInstallmentCounts: [Int!]!
    acceptedMeans: [String!]!
    cashingDates: [String!]!
    minTotalCents: Int
    maxAbsences: Int
    absenceNoticeHours: Int
    flexibleDeadlineHours: Int
    subscriptionOpensOn: String
    subscriptionClosesOn: String
    postponementAllowed: Boolean
    requiresFarmerConsent: Boolean
    timeZone: String!
    acceptsSubscriptions: Boolean!
    lines: [TermsLine!]!
    deliveries: [TermsDelivery!]!
    availability: [TermsCell!]!
  }
  type Query {
    contractTemplateTerms(id: ID!): ContractTemplateTerms
  }
`;

const amapId = uuidv7();
const periodId = uuidv7();
const terms = makeTerms(amapId, periodId);
const seenLanguages: string[] = [];
let amap: ApolloServer<{ lang: string }>;
let member: RunningServer;
let ds: DataSource;
const savedUrl = process.env.AMAP_URL;

/** A super administrator's access token: these tests are about the terms, not about access. */
const adminToken = async () =>
  `Bearer ${await signAccessToken({ subject: "system:member-tests", kind: "person", grants: [], superAdmin: true }, await loadSigningKey())}`;

async function post(query: string, variables: Record<string, unknown>, lang = "fr") {
  const res = await fetch(member.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "accept-language": lang,
      ...(await internalHeaders()),
      authorization: await adminToken(),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, any>;
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
  };
}

beforeAll(async () => {
  amap = new ApolloServer<{ lang: string }>({
    typeDefs,
    resolvers: {
      Query: {
        contractTemplateTerms: (_: unknown, { id }: { id: string }, ctx: { lang: string }) => {
          seenLanguages.push(ctx.lang);
          return id === terms.templateId ? asAmapGives(terms) : null;
        },
      },
    },
  });
  const { url } = await startStandaloneServer(amap, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async ({ req }) => ({ lang: String(req.headers["accept-language"] ?? "") }),
  });
  process.env.AMAP_URL = url;
  ds = await openMemberDb(await freshTestDbUrl("member", "http"));
  member = await startMemberService(ds, 0);
});

afterAll(async () => {
  await member.stop();
  await amap.stop();
  await ds.destroy();
  if (savedUrl === undefined) delete process.env.AMAP_URL;
  else process.env.AMAP_URL = savedUrl;
});

describe("template terms over HTTP", () => {
  it("creates a subscription with terms read from the amap subgraph, forwarding the caller's language", async () => {
    const h = await memberHousehold(ds, amapId, periodId, "Reseau");
    const res = await post(
      `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { status totalCents templateName terms { payeeName } lines { productName unitPriceCents } installments { amountCents dueOn } } }`,
      {
        i: {
          templateId: terms.templateId,
          householdId: h.id,
          installmentCount: 3,
          means: "transfer",
          lines: grid(terms, [[1, 1, 1, 1], [1]]),
        },
      },
      "en-GB,en;q=0.8",
    );
    expect(res.errors).toBeUndefined();
    const sub = res.data!.createSubscription;
    expect(sub).toMatchObject({
      status: "signed",
      totalCents: 6350,
      templateName: terms.name,
      terms: { payeeName: "GAEC du Bout du Monde" },
    });
    expect(sub.lines).toHaveLength(5);
    expect(sub.installments).toEqual([
      { amountCents: 2118, dueOn: "2026-04-10" },
      { amountCents: 2116, dueOn: "2026-05-10" },
      { amountCents: 2116, dueOn: "2026-06-10" },
    ]);
    expect(seenLanguages).toEqual(["en-GB,en;q=0.8"]);
  });

  it("answers NOT_FOUND for a template the amap subgraph does not know, and CONFLICT once it is closed", async () => {
    const h = await memberHousehold(ds, amapId, periodId, "Inconnu");
    const unknown = await post(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
      i: { templateId: uuidv7(), householdId: h.id, installmentCount: 1, means: "cheque", lines: [] },
    });
    expect(unknown.errors![0].extensions.code).toBe("NOT_FOUND");
    terms.status = "closed";
    const closed = await post(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
      i: {
        templateId: terms.templateId,
        householdId: h.id,
        installmentCount: 1,
        means: "cheque",
        lines: grid(terms, [[1, 1, 1, 1]]),
      },
    });
    expect(closed.errors![0].extensions.code).toBe("CONFLICT");
    expect(closed.errors![0].message).toMatch(/souscriptions sont fermées/);
  });
});
