/**
 * How a resource of the admin maps onto the API's conventions (api.md). One entry per resource in
 * resources.ts; build.ts turns it into queries, so no screen writes GraphQL by hand.
 */

/** How an input field's value is cleaned before it is sent. */
export type InputKind =
  | "string" // null clears to "" (the API keeps a string absent or null unchanged)
  | "id" // "" or null clears the link (null)
  | "number" // "" becomes null; numeric strings become numbers
  | "boolean"
  | "enum" // null is not sent: an enum cannot be cleared
  | "list" // string list: empty entries dropped, null becomes []
  | "idList" // list of ids (e.g. Farm.networkIds), same cleaning as list
  | "date" // a calendar date `YYYY-MM-DD`; "" or null clears it (null)
  | "json"; // sent as it is (lists of numbers, enums or input objects), compared by content

export interface ResourceConfig {
  /** Query of one object: `amap(id: ID!): Amap`; null where the API has none (read through the list's `ids` filter). */
  single: string | null;
  /** Query of a page: `amaps(filter, sort, page, perPage): AmapPage!`. */
  list: string;
  /** GraphQL type name, also used to name operations (`AmapList`, `AmapUpdate`…). */
  typeName: string;
  /** Selection set of a record, without braces. */
  fields: string;
  /** Filter input type and the keys it accepts (others are dropped rather than rejected by the API). */
  filterType: string;
  /** The list's filter argument is required (`filter: AuditFilter!`): react-admin's filter must carry its keys. */
  filterRequired?: boolean;
  filters: readonly string[];
  /** Fields the list can be sorted on; a sort on another field falls back to the API's default order. */
  sortable: readonly string[];
  /** Input types of `createX(input:)` and `updateX(input:)`; null where the API offers no such mutation. */
  createInput: string | null;
  updateInput: string | null;
  /**
   * The update takes the record's id beside its input, `updateX(id:, input:)`, rather than inside it
   * (`updateX(input: { id, … })`, issue 14): the member subgraph's mutations until they follow.
   */
  idBesideInput?: boolean;
  /** Mutation names when they differ from `createX` / `updateX` (e.g. `grantRole`). */
  createName?: string;
  updateName?: string;
  /** Fields of the create/update input types, with how to clean them. */
  inputFields: Readonly<Record<string, InputKind>>;
  /** Input fields only the create input has (e.g. Product.farmId). */
  createOnly?: readonly string[];
  /** `deleteX(input: { id }): Boolean!`, or null where the API offers no deletion. */
  delete: string | null;
  /**
   * Lists of related objects that forms edit as ids: `{ networkIds: "networks" }` adds
   * `record.networkIds = record.networks.map(n => n.id)` (the selection must include `networks { id }`).
   */
  idLists?: Readonly<Record<string, string>>;
  /**
   * Domain actions on this resource (`openContractTemplate(input: { id })`, `cancelDistribution(input: { id, reason })`),
   * sent by `dataProvider.action(resource, name, variables)`. An action not listed takes `id: ID!`
   * and returns the record.
   */
  actions?: Readonly<Record<string, OperationConfig>>;
}

/**
 * One GraphQL operation outside the list/one/create/update/delete convention: its root field, its
 * arguments with their GraphQL types, and what to select in the answer.
 */
export interface OperationConfig {
  /** Root field, when it differs from the operation's name in the registry. */
  field?: string;
  /** Arguments and their GraphQL types, e.g. `{ id: "ID!", reason: "String!" }` (default `{ id: "ID!" }` for actions). */
  args?: Readonly<Record<string, string>>;
  /** Selection set without braces; null for a scalar answer. Actions default to the resource's fields. */
  selection?: string | null;
  /**
   * The arguments travel as one input object, `field(input: { id: $id, reason: $reason })`, the
   * shape of the API's mutations (issue 14); `args` then lists that input's fields the screen sends.
   */
  input?: boolean;
}

export interface QueryConfig extends OperationConfig {
  kind?: "query" | "mutation";
}

export type Registry = Readonly<Record<string, ResourceConfig>>;

export type Identifier = string | number;
export type AnyRecord = { id: Identifier; [key: string]: unknown };

export interface Pagination {
  page: number;
  perPage: number;
}
export interface Sort {
  field: string;
  order: "ASC" | "DESC" | (string & {});
}

/** A GraphQL error as it arrives in a response. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; [key: string]: unknown };
}

/** What one HTTP round trip gave back, whether it succeeded or not. */
export interface GqlResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: readonly GqlError[];
}

/** The arguments of react-admin's HttpError: message (shown to the user), status and body. */
export interface ErrorInfo {
  message: string;
  status: number;
  body: { code?: string; errors?: Record<string, unknown> } | null;
}
