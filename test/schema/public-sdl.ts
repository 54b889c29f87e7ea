import { DocumentNode, Kind, print, visit, ASTNode } from "graphql";

/**
 * The part of a subgraph's SDL a partner sees: without the federation link (`extend schema @link`),
 * without the elements marked @inaccessible (hidden by the gateway) and without the directives
 * themselves, so that a plain SDL linter can read it.
 */
export function publicSdl(typeDefs: DocumentNode): string {
  const hidden = (node: { directives?: readonly { name: { value: string } }[] }) =>
    (node.directives ?? []).some((d) => d.name.value === "inaccessible");
  const stripped = visit(typeDefs, {
    enter(node: ASTNode) {
      if (
        node.kind === Kind.SCHEMA_EXTENSION ||
        node.kind === Kind.SCHEMA_DEFINITION ||
        node.kind === Kind.DIRECTIVE_DEFINITION
      )
        return null;
      if ("directives" in node && node.directives && hidden(node)) return null;
      if (node.kind === Kind.DIRECTIVE) return null;
      return undefined;
    },
  });
  return print(stripped);
}
