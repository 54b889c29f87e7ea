import {
  DocumentNode,
  GraphQLResolveInfo,
  GraphQLSchema,
  Kind,
  parse,
  visit,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from "graphql";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { buildSchema, BuildSchemaOptions, createResolversMap, MiddlewareFn } from "type-graphql";
import { DateScalar } from "./scalars";
import { ErrorMiddleware } from "./graphql-errors";
import { sqliteWriteQueue } from "./write-queue";
import { idempotentCreations } from "./idempotency";
import { DatabaseFailover } from "./db-failover";
import type { AccessPolicy } from "./policy";
import { checkExportsDeclared, guardNestedFields, isVisible, registerVisibility } from "./guard";

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any, info: any) => unknown }>;

export interface SubgraphOptions {
  resolvers: BuildSchemaOptions["resolvers"];
  orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  /** `__resolveReference` per entity type owned by this subgraph (batch them with DataLoader). */
  references?: ReferenceResolvers;
  middlewares?: MiddlewareFn<any>[];
}

export interface Subgraph {
  schema: GraphQLSchema;
  /** The subgraph SDL with federation directives: what the gateway composes. */
  typeDefs: DocumentNode;
}

function merge(target: Record<string, any>, source: Record<string, any>): Record<string, any> {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === "object" && !Array.isArray(v) && target[k] && typeof target[k] === "object")
      merge(target[k], v);
    else target[k] = v;
  }
  return target;
}

/** The subgraph's access policy, carried by its policy middleware (kit policy.ts). */
function accessPolicyOf(opts: SubgraphOptions): AccessPolicy<any> | undefined {
  return (opts.middlewares ?? []).map((m) => (m as { accessPolicy?: AccessPolicy<any> }).accessPolicy).find(Boolean);
}

/**
 * `_entities` bypasses the root middlewares: each reference resolver is wrapped with the
 * subgraph's visibility rules (found on its policy middleware), so an entity fetched by key for a
 * caller who may not see it resolves to null.
 */
function guardReferences(opts: SubgraphOptions): ReferenceResolvers {
  const policy = accessPolicyOf(opts);
  const out: ReferenceResolvers = {};
  for (const [typeName, r] of Object.entries(opts.references ?? {})) {
    out[typeName] = policy
      ? {
          __resolveReference: async (ref: any, ctx: any, info: any) => {
            const obj = await r.__resolveReference(ref, ctx, info);
            return (await isVisible(policy.visibility, typeName, obj, ctx)) ? obj : null;
          },
        }
      : r;
  }
  return out;
}

/** type-graphql knows nothing of federation: build its schema, print it with directives, rebuild as a subgraph. */
type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Runs type-graphql middlewares around one resolver. Applied to root fields only: as global
 * middlewares they would wrap every field of every object (3× slower on a 1,000-line sign-off
 * sheet), while access, error language and write queueing are decided per operation.
 */
function withMiddlewares(resolve: Resolve, middlewares: MiddlewareFn<any>[]): Resolve {
  return (parent, args, context, info) => {
    const run = (i: number): Promise<unknown> =>
      i === middlewares.length
        ? Promise.resolve(resolve(parent, args, context, info))
        : Promise.resolve(middlewares[i]({ root: parent, args, context, info } as never, () => run(i + 1)));
    return run(0);
  };
}

/** The same words in every subgraph: composition would otherwise warn that root descriptions differ. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Every read of the Champ Commun API: lists are paginated (`page`, `perPage`, `sort`) and return `{ items, total }`.",
  Mutation:
    "Every change of the Champ Commun API; a refused change returns an error whose `extensions.code` says why (FORBIDDEN, CONFLICT, BAD_USER_INPUT…).",
};

const description = (value: string): StringValueNode => ({ kind: Kind.STRING, value, block: false });

/**
 * Descriptions type-graphql cannot write: the root types (it has no option for them), and a
 * mutation's lone `input` argument, which says what its input type says — so every mutation
 * taking `input` is documented once, on the type, and partners read it on the argument too.
 */
function describeRoots(typeDefs: DocumentNode): DocumentNode {
  const inputDescriptions = new Map<string, string>();
  for (const def of typeDefs.definitions) {
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && def.description)
      inputDescriptions.set(def.name.value, def.description.value);
  }
  const namedType = (arg: InputValueDefinitionNode): string => {
    let t = arg.type;
    while (t.kind !== Kind.NAMED_TYPE) t = t.type;
    return t.name.value;
  };
  return visit(typeDefs, {
    ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
      const root = ROOT_DESCRIPTIONS[node.name.value];
      if (!root) return undefined;
      const fields =
        node.name.value !== "Mutation"
          ? node.fields
          : node.fields?.map((field) => ({
              ...field,
              arguments: field.arguments?.map((arg) =>
                arg.name.value === "input" && !arg.description && inputDescriptions.has(namedType(arg))
                  ? { ...arg, description: description(inputDescriptions.get(namedType(arg))!) }
                  : arg,
              ),
            }));
      return { ...node, description: node.description ?? description(root), fields };
    },
  });
}

/** type-graphql knows nothing of federation: build its schema, print it with directives, rebuild as a subgraph. */
export async function buildSubgraph(opts: SubgraphOptions): Promise<Subgraph> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    skipCheck: true,
    validate: false,
    scalarsMap: [],
  });
  const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])\n${printSchemaWithDirectives(schema)}`;
  const typeDefs = describeRoots(parse(sdl));
  const map = createResolversMap(schema) as Record<string, Record<string, Resolve>>;
  // Errors in the caller's language first, a read repeated on a lost database node, then access
  // (policy middlewares), then SQLite write queueing. Idempotent creations run inside the write
  // queue, so that on SQLite a request sent twice finds the first one's record.
  const chain = [ErrorMiddleware, DatabaseFailover, ...(opts.middlewares ?? []), sqliteWriteQueue, idempotentCreations];
  for (const root of ["Query", "Mutation"]) {
    for (const [field, resolve] of Object.entries(map[root] ?? {})) {
      if (typeof resolve === "function") map[root][field] = withMiddlewares(resolve, chain);
    }
  }
  // Tenant guard (see guard.ts): nested fields returning guarded records, and reference resolvers.
  const policy = accessPolicyOf(opts);
  if (policy) {
    checkExportsDeclared(schema, policy.visibility);
    guardNestedFields(schema, map, policy.visibility);
  }
  const resolvers = merge(map as Record<string, any>, { Date: DateScalar, ...guardReferences(opts) });
  // @apollo/subgraph 2.15 takes a list of modules (a lone object is read as SDL).
  const built = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  if (policy) registerVisibility(built, policy.visibility);
  return { schema: built, typeDefs };
}
