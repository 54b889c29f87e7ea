import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  valueFromAST,
} from "graphql";

/*
 * What a query costs, in items (records), before it runs: as GitHub's node limit or Shopify's
 * calculated cost, every object counts for one, and a list multiplies what it holds by its size:
 * a page by its `perPage` (capped at 100, like the services), a list without pagination by what
 * the domain says it holds (domain.md, "Sizes to design for"). Scalars are free.
 */

/** The services' cap on `perPage` (kit pagination.ts). */
export const MAX_PER_PAGE = 100;

/** Lists without pagination, by what they hold in a large AMAP (domain.md's sizes); others count DEFAULT_LIST_SIZE. */
export const LIST_SIZES: Record<string, number> = {
  "Distribution.signOffSheet": 100,
  "SignOffLine.items": 5,
  "ContractTemplate.subscriptions": 100,
  "ContractTemplate.distributions": 40,
  "Amap.distributions": 40,
  "Amap.contractTemplates": 15,
  "Network.amaps": 50,
  "Network.farms": 50,
  "Farm.contractTemplates": 20,
  "Subscription.lines": 40,
  "Household.subscriptions": 10,
  "Household.people": 3,
};
export const DEFAULT_LIST_SIZE = 10;

export interface CostOptions {
  listSizes?: Record<string, number>;
  defaultListSize?: number;
}

const isPage = (t: unknown): boolean => isObjectType(t) && "items" in t.getFields() && "total" in t.getFields();

/** The `perPage` a field is asked with (argument, variable, or the field's default), capped. */
function perPageOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: never }[],
  variables: Record<string, unknown>,
): number {
  const def = field.args.find((a) => a.name === "perPage");
  if (!def) return DEFAULT_LIST_SIZE;
  const given = args.find((a) => a.name.value === "perPage");
  const value = given ? valueFromAST(given.value, def.type, variables) : def.defaultValue;
  const n = typeof value === "number" && Number.isFinite(value) ? value : 25;
  return Math.max(1, Math.min(MAX_PER_PAGE, Math.floor(n)));
}

/** The cost of one operation, in items. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  opts: CostOptions = {},
): number {
  const sizes = opts.listSizes ?? LIST_SIZES;
  const fallback = opts.defaultListSize ?? DEFAULT_LIST_SIZE;
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const seen = new Set<string>();

  const selectionCost = (
    set: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    pageSize: number | null,
  ): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (t && isCompositeType(t)) total += selectionCost(sel.selectionSet, t, pageSize);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments[sel.name.value];
        // A fragment spread inside itself is invalid GraphQL; validation refuses it, here it costs nothing more.
        if (!frag || seen.has(frag.name.value)) continue;
        seen.add(frag.name.value);
        const t = schema.getType(frag.typeCondition.name.value);
        if (t && isCompositeType(t)) total += selectionCost(frag.selectionSet, t, pageSize);
        seen.delete(frag.name.value);
        continue;
      }
      if (sel.name.value.startsWith("__") || !("getFields" in parent)) continue;
      const field = parent.getFields()[sel.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      const key = `${parent.name}.${field.name}`;
      let size = 1;
      if (isListType(inner)) size = pageSize !== null && field.name === "items" ? pageSize : (sizes[key] ?? fallback);
      const nextPage = isPage(named) ? perPageOf(field, (sel.arguments ?? []) as never, variables) : null;
      // A page object counts for nothing itself: its items do.
      const self = isPage(named) ? 0 : 1;
      total += size * (self + selectionCost(sel.selectionSet, named, nextPage));
    }
    return total;
  };
  return selectionCost(operation.selectionSet, root, null);
}
