import { printSchema } from "graphql";
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { buildNetworkSubgraph } from "../../services/network/src/schema";
import { buildAmapSubgraph } from "../../services/amap/src/schema";
import { buildMemberSubgraph } from "../../services/member/src/schema";
import type { Subgraph } from "../../services/kit/src/subgraph";
import { publicSdl } from "./public-sdl";
// graphql-schema-linter 3.0.1 ships no types; its validator and configuration are used as the CLI uses them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const linter = require("graphql-schema-linter") as {
  configuration: { Configuration: new (schema: LintedSchema, options: object) => { getRules(): unknown[] } };
  validator: {
    validateSchemaDefinition(
      schema: LintedSchema,
      rules: unknown[],
      configuration: object,
    ): Array<{ ruleName: string; message: string }>;
  };
};
type LintedSchema = { definition: string; sourceMap: { getOriginalPathForLine(line: number): string } };

/*
 * Issue 14: every type, field, argument, input field and enum value of the public API has a
 * description, on each subgraph (its SDL without federation plumbing and @inaccessible elements)
 * and on the composed API schema partners read — checked by graphql-schema-linter's default rules
 * (all its built-in rules, as its CLI runs them), keeping the ones about missing descriptions.
 * The others (alphabetical order, ALL_CAPS enum values, Relay) are style choices this API does
 * not make.
 */
const DESCRIPTION_RULES = [
  "types-have-descriptions",
  "fields-have-descriptions",
  "arguments-have-descriptions",
  "enum-values-have-descriptions",
  "input-object-values-have-descriptions",
];

/** The messages of graphql-schema-linter's default rules about `sdl`, restricted to `rules`. */
function lint(sdl: string, rules: string[]): string[] {
  const schema: LintedSchema = { definition: sdl, sourceMap: { getOriginalPathForLine: () => "schema" } };
  const configuration = new linter.configuration.Configuration(schema, {});
  return linter.validator
    .validateSchemaDefinition(schema, configuration.getRules(), configuration)
    .filter((e) => rules.includes(e.ruleName))
    .map((e) => `${e.ruleName}: ${e.message}`);
}

const builders: Record<string, () => Promise<Subgraph>> = {
  network: buildNetworkSubgraph,
  amap: buildAmapSubgraph,
  member: buildMemberSubgraph,
};
const subgraphs: Record<string, Subgraph> = {};

beforeAll(async () => {
  for (const [name, build] of Object.entries(builders)) subgraphs[name] = await build();
});

describe.each(Object.keys(builders))("the %s subgraph", (name) => {
  it("describes every type, field, argument, input field and enum value it shows", () => {
    expect(lint(publicSdl(subgraphs[name].typeDefs), DESCRIPTION_RULES)).toEqual([]);
  });

  it("types ids as ID", () => {
    // A field or argument named id, ids, somethingId or somethingIds typed String hides what it holds.
    const sdl = publicSdl(subgraphs[name].typeDefs);
    expect(sdl.match(/\b(id|ids|[a-z][A-Za-z]*Ids?)(\([^)]*\))?: \[?String\b/g) ?? []).toEqual([]);
  });
});

describe("the composed API", () => {
  const compose = () =>
    composeServices(
      Object.entries(subgraphs).map(([name, s]) => ({ name, typeDefs: s.typeDefs, url: `http://${name}` })),
    );

  it("gives each type one description: no two subgraphs describe a shared type, field or enum differently", () => {
    const result = compose();
    expect(result.errors ?? []).toEqual([]);
    expect(
      (result.hints ?? []).filter((h) => h.definition.code === "INCONSISTENT_DESCRIPTION").map((h) => h.message),
    ).toEqual([]);
  });

  it("is described throughout, and shows no type that only internal operations use", () => {
    const result = compose();
    const api = printSchema(Supergraph.build(result.supergraphSdl!).apiSchema().toGraphQLJSSchema());
    expect(lint(api, [...DESCRIPTION_RULES, "defined-types-are-used"])).toEqual([]);
  });
});
