/**
 * Every operation the back-offices can send, validated against the public API (the committed
 * supergraph's API schema): list, one, create, update, delete and action documents of each
 * resource of the registry, each named query, the session's operations and the scope-name
 * query. A field renamed in a subgraph, a wrong argument type or a missing input fails here,
 * not in a volunteer's browser.
 */
import fs from "node:fs";
import path from "node:path";
import { parse, validate, type GraphQLSchema } from "graphql";
import { Supergraph } from "@apollo/federation-internals";
import { resources } from "../src/dataProvider/resources";
import { queries } from "../src/dataProvider/queries";
import {
  actionMutation,
  createMutation,
  deleteManyMutation,
  deleteMutation,
  listQuery,
  oneQuery,
  operationDocument,
  updateManyMutation,
  updateMutation,
} from "../src/dataProvider/build";
import type { QueryConfig, ResourceConfig } from "../src/dataProvider/types";
import { SESSION_OPERATIONS } from "../src/auth/session";
import { scopeNamesQuery } from "../src/auth/scopeNames";
import type { Grant, RoleName } from "../src/auth/grants";

const sdl = fs.readFileSync(path.resolve(__dirname, "..", "..", "gateway", "supergraph.graphql"), "utf8");
const api: GraphQLSchema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();

/** Every document of the registry, named for the failure message. */
function documents(): Array<[string, string]> {
  const docs: Array<[string, string]> = [];
  for (const [name, r] of Object.entries(resources as Record<string, ResourceConfig>)) {
    docs.push([`${name}: list`, listQuery(r)]);
    if (r.single) docs.push([`${name}: one`, oneQuery(r)]);
    if (r.createInput) docs.push([`${name}: create`, createMutation(r)]);
    if (r.updateInput)
      docs.push([`${name}: update`, updateMutation(r)], [`${name}: update many`, updateManyMutation(r, 2)]);
    if (r.delete) docs.push([`${name}: delete`, deleteMutation(r)], [`${name}: delete many`, deleteManyMutation(r, 2)]);
    for (const action of Object.keys(r.actions ?? {}))
      docs.push([`${name}: action ${action}`, actionMutation(r, action)]);
  }
  for (const [name, q] of Object.entries(queries as Record<string, QueryConfig>)) {
    docs.push([
      `query ${name}`,
      operationDocument(
        q.kind ?? "query",
        name[0].toUpperCase() + name.slice(1),
        q.field ?? name,
        q.args ?? {},
        q.selection ?? null,
        q.input,
      ),
    ]);
  }
  for (const [name, doc] of Object.entries(SESSION_OPERATIONS)) docs.push([`session: ${name}`, doc]);
  const roles: RoleName[] = ["network_admin", "amap_admin", "referent", "farmer", "member"];
  const grants: Grant[] = roles.map((role, i) => ({ id: `g${i}`, role, scopeId: `s${i}`, amapId: null }));
  docs.push(["scope names", scopeNamesQuery(grants)!.query]);
  return docs;
}

describe("every operation of the back-offices", () => {
  const all = documents();

  it("covers every resource and named query of the registry", () => {
    expect(all.length).toBeGreaterThan(Object.keys(resources).length + Object.keys(queries).length);
  });

  it.each(all)("%s is valid against the supergraph", (_name, doc) => {
    const errors = validate(api, parse(doc)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
