import {
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  isScalarType,
  isNonNullType,
} from "graphql";
import { Supergraph } from "@apollo/federation-internals";
import { composeSupergraph } from "../../tools/src/compose";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant, Tenant } from "./authz/world";
import { variablesFor } from "./authz/variables";
import { internalHeaders } from "../../services/kit/src";

/*
 * One visibility rule per datum, wherever it leaves (issue 11, finding 1): every export of the API
 * (a field named …Csv, …Html, …Json, …GeoJson, found in the schema, so that a new one is checked
 * without being listed here) × every role, through the gateway. An export never names a household
 * or a person that the matching field (its sibling without the suffix, or the other fields of the
 * same object) does not show the same caller; a member's export names only their household; a
 * network admin's names nobody.
 */

const ROLES = ["networkAdmin", "amapAdmin", "referent", "farmer", "member", "partner"] as const;
type RoleKey = (typeof ROLES)[number];

let stack: Stack;
let admin: Gql;
let api: GraphQLSchema;
let tenant: Tenant;
const headers: Partial<Record<RoleKey, Record<string, string>>> = {};
/** The personal strings of the world: household names, people's last names and e-mails, by household. */
const personal = new Map<string, string>();

const EXPORT = /(csv|html|json|geojson)$/i;

async function household(amapId: string, name: string, k: number) {
  const r = await admin(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
    i: {
      amapId,
      displayName: name,
      people: [
        {
          firstName: "Alix",
          lastName: name,
          email: `${name.toLowerCase()}.${k}@foyer.example`,
          phone: "06 12 34 56 78",
        },
      ],
    },
  });
  return r.createHousehold.id as string;
}

beforeAll(async () => {
  // Walks of every record, as an attacker would: the cost limit would refuse them first (query-cost.test.ts); here, what they would see.
  Object.assign(process.env, { GRAPHQL_MAX_COST: "1000000000", QUERY_BUDGET_ITEMS: "2000000000" });
  try {
    ({ stack, gql: admin } = await startTestStack("exports"));
  } finally {
    delete process.env.GRAPHQL_MAX_COST;
    delete process.env.QUERY_BUDGET_ITEMS;
  }
  const t = await buildTenant(admin, 1);
  // A second contract without quota, so that the sheet of the first distribution lists three households.
  const tpl = await admin(
    `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
    {
      i: {
        amapId: t.amap,
        farmId: t.farm,
        name: "Œufs",
        season: String(new Date().getFullYear()),
        kind: "fixed",
        text: "Contrat.",
        payeeName: "EARL",
        membershipPeriodId: t.period,
        allowedInstallmentCounts: [1],
        acceptedMeans: ["cheque"],
        lines: [{ productId: t.product, unitPriceCents: 300, minQuantity: 0, maxQuantity: 5 }],
        distributionIds: t.distributions.slice(0, 3),
      },
    },
  );
  const template2 = tpl.createContractTemplate.id;
  await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: template2 });
  const third = await household(t.amap, "Durand1", 1);
  await admin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
    i: { householdId: third, periodId: t.period, amountCents: 1000, status: "pending" },
  });
  for (const h of [t.otherHousehold, third, t.household]) {
    const lines = t.distributions.slice(0, 3).map((distributionId) => ({
      templateLineId: tpl.createContractTemplate.lines[0].id,
      distributionId,
      quantity: 1,
    }));
    await admin(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
      i: { templateId: template2, householdId: h, installmentCount: 1, means: "cheque", lines },
    });
  }
  const url = stack.graphqlUrl;
  const s: Partial<Record<RoleKey, SignedIn>> = {};
  s.networkAdmin = await personWith(url, admin, "reseau@example.org", [{ role: "network_admin", scopeId: t.network }]);
  s.amapAdmin = await personWith(url, admin, "bureau@example.org", [{ role: "amap_admin", scopeId: t.amap }]);
  s.referent = await personWith(url, admin, "referent@example.org", [{ role: "referent", scopeId: t.template }]);
  s.farmer = await personWith(url, admin, "paysan@example.org", [
    { role: "farmer", scopeId: t.farm },
    { role: "farmer", scopeId: t.farm, amapId: t.amap },
  ]);
  s.member = await personWith(url, admin, "amapien@example.org", [{ role: "member", scopeId: t.household }], {
    personId: t.person,
  });
  for (const r of Object.keys(s) as RoleKey[]) headers[r] = bearer(s[r]!.accessToken);
  const token = await s.amapAdmin.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
    i: { name: "Site", scopeType: "amap", scopeId: t.amap },
  });
  headers.partner = bearer(token.createApiToken.token);
  // The member's household is on duty at the first distribution (the duty team sees every name): sheets of the second one.
  tenant = {
    ...t,
    distributions: [t.distributions[1], ...t.distributions.filter((_, i) => i !== 1)],
    accounts: {},
    spareGrant: "",
    spareApiToken: "",
  };
  for (const [h, name] of [
    [t.household, "Dupont1"],
    [t.otherHousehold, "Martin1"],
    [third, "Durand1"],
  ]) {
    personal.set(name, h);
    personal.set(`${name.toLowerCase()}.1@foyer.example`, h);
  }
  api = Supergraph.build(await composeSupergraph())
    .apiSchema()
    .toGraphQLJSSchema();
}, 300_000);
afterAll(() => stack?.stop());

/** Every export field of the API: [type, field]. */
function exportFields(): Array<[GraphQLObjectType, GraphQLField<unknown, unknown>]> {
  const out: Array<[GraphQLObjectType, GraphQLField<unknown, unknown>]> = [];
  for (const type of Object.values(api.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type === api.getMutationType()) continue;
    for (const f of Object.values(type.getFields()))
      if (EXPORT.test(f.name) && isScalarType(getNamedType(f.type))) out.push([type, f]);
  }
  return out;
}

/** A selection of every field without required arguments, `depth` levels down, exports left out (what a client can see of a value). */
function fullSelection(type: GraphQLObjectType, depth: number, path: string[] = []): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (EXPORT.test(f.name) || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (!isObjectType(named)) parts.push(f.name);
    else if (depth > 0 && !path.includes(named.name)) {
      const sub = fullSelection(named, depth - 1, [...path, type.name]);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(" ")} }` : "";
}

/** The root query that returns (a page or list of) a type, preferring one taking an id. */
function rootOf(type: GraphQLObjectType): GraphQLField<unknown, unknown> | undefined {
  const fields = Object.values(api.getQueryType()!.getFields());
  const returns = (f: GraphQLField<unknown, unknown>) => getNamedType(f.type) === type;
  return fields.find((f) => returns(f) && f.args.some((a) => a.name === "id")) ?? fields.find(returns);
}

const call = (op: string, field: GraphQLField<unknown, unknown>) =>
  variablesFor(op, field, {
    t: tenant,
    accountOf: () => "",
    freshRefreshToken: async () => "",
    loginEmail: "",
    loginPassword: "",
  });

function documentOf(field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>, selection: string): string {
  const args = field.args.filter((a) => vars[a.name] !== undefined);
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  return `query${defs ? `(${defs})` : ""} { r: ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : ""} ${selection} }`;
}

/** Root exports whose matching field has another name: the participants' CSV shows `event`'s registrations. */
const ROOT_SOURCES: Record<string, string> = { eventParticipantsCsv: "event" };

/** The households an answer names (by their name or a person's e-mail). */
function named(text: string): Set<string> {
  const out = new Set<string>();
  for (const [needle, h] of personal) if (text.includes(needle)) out.add(h);
  return out;
}

/** One export and its matching view, as a role gets them through the gateway. */
async function exportAndView(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  role: RoleKey,
): Promise<{ exported: string; view: string; where: string }> {
  const isRoot = type === api.getQueryType();
  const root = isRoot ? field : rootOf(type);
  if (!root) throw new Error(`no root query reaches ${type.name}.${field.name}: add one, or teach this test the way`);
  const vars = await call(`Query.${root.name}`, root);
  if (isRoot) {
    const exported = await post(stack.graphqlUrl, documentOf(field, vars, ""), vars, headers[role]);
    // The matching field: the export's name without its suffix (farmerRecap), or the field that lists the same records.
    const sibling = api.getQueryType()!.getFields()[ROOT_SOURCES[field.name] ?? field.name.replace(EXPORT, "")];
    const named = sibling && getNamedType(sibling.type);
    // A sibling of another name takes its own arguments (`event(id)` beside `eventParticipantsCsv(eventId)`).
    const siblingVars = sibling && ROOT_SOURCES[field.name] ? await call(`Query.${sibling.name}`, sibling) : vars;
    const view =
      sibling && isObjectType(named)
        ? await post(
            stack.graphqlUrl,
            documentOf(sibling, siblingVars, fullSelection(named, 4)),
            siblingVars,
            headers[role],
          )
        : { data: null };
    return {
      exported: JSON.stringify(exported.data ?? null),
      view: JSON.stringify(view.data ?? null),
      where: `Query.${field.name}`,
    };
  }
  // The matching field: the export's sibling without the suffix (signOffSheet), else the object's other fields.
  const sibling = type.getFields()[field.name.replace(EXPORT, "")];
  const siblingType = sibling && getNamedType(sibling.type);
  const selection = sibling
    ? `{ ${sibling.name} ${isObjectType(siblingType) ? fullSelection(siblingType, 3) : ""} }`
    : fullSelection(type, 2);
  const exported = await post(stack.graphqlUrl, documentOf(root, vars, `{ ${field.name} }`), vars, headers[role]);
  const view = await post(stack.graphqlUrl, documentOf(root, vars, selection), vars, headers[role]);
  // A caller refused the object is refused its export too (checked below: it then names nobody).
  if (view.errors?.some((e) => !["FORBIDDEN", "UNAUTHENTICATED"].includes(e.extensions?.code ?? "")))
    throw new Error(`${type.name} view × ${role}: ${JSON.stringify(view.errors)} ${selection}`);
  return {
    exported: JSON.stringify(exported.data ?? null),
    view: JSON.stringify(view.data ?? null),
    where: `${type.name}.${field.name} via Query.${root.name}`,
  };
}

describe("exports show what the fields show (every export × every role)", () => {
  it("finds the exports of the schema", () => {
    const names = exportFields().map(([t, f]) => `${t.name}.${f.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "Distribution.signOffSheetCsv",
        "Distribution.signOffSheetHtml",
        "Query.farmerRecapCsv",
        "Query.networkStatisticsCsv",
        "Directory.csv",
      ]),
    );
  });

  it("never names more households than the matching field, for any role", async () => {
    const leaks: string[] = [];
    for (const [type, field] of exportFields()) {
      for (const role of ROLES) {
        const { exported, view, where } = await exportAndView(type, field, role);
        const more = [...named(exported)].filter((h) => !named(view).has(h));
        if (more.length)
          leaks.push(`${where} × ${role}: the export names ${more.length} household(s) the field does not show`);
        if (role === "networkAdmin" && named(exported).size)
          leaks.push(`${where} × networkAdmin: personal data reaches the network`);
        if (role === "member" && [...named(exported)].some((h) => h !== tenant.household))
          leaks.push(`${where} × member: another household named`);
      }
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it("still gives the whole sheet to those who run the distribution", async () => {
    const q = `query($id: ID!) { distribution(id: $id) { signOffSheetCsv signOffSheetHtml signOffSheet { name } } }`;
    const a = await post(stack.graphqlUrl, q, { id: tenant.distributions[0] }, headers.amapAdmin);
    expect(a.data.distribution.signOffSheet).toHaveLength(3);
    for (const text of [a.data.distribution.signOffSheetCsv, a.data.distribution.signOffSheetHtml])
      expect(named(text).size).toBe(3);
    const m = await post(stack.graphqlUrl, q, { id: tenant.distributions[0] }, headers.member);
    expect(m.data.distribution.signOffSheet.map((l: { name: string }) => l.name)).toEqual(["Dupont1"]);
    expect([...named(m.data.distribution.signOffSheetCsv)]).toEqual([tenant.household]);
    const n = await post(stack.graphqlUrl, q, { id: tenant.distributions[0] }, headers.networkAdmin);
    expect(n.data.distribution.signOffSheet).toEqual([]);
    expect(named(n.data.distribution.signOffSheetHtml).size).toBe(0);
  });

  it("applies the same rules to entities fetched by key (_entities), as the gateway fetches them", async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { displayName } ... on Distribution { signOffSheetCsv } } }`;
    const r = [
      { __typename: "Household", id: tenant.otherHousehold },
      { __typename: "Household", id: tenant.household },
      { __typename: "Distribution", id: tenant.distributions[0] },
    ];
    for (const role of ["member", "networkAdmin"] as const) {
      const a = await post(stack.subgraphUrls.member, q, { r }, { ...headers[role], ...(await internalHeaders()) });
      const [other, own, sheet] = a.data._entities;
      expect(other).toBeNull();
      expect(own === null).toBe(role === "networkAdmin");
      expect([...named(sheet.signOffSheetCsv)]).toEqual(role === "member" ? [tenant.household] : []);
    }
  });
});
