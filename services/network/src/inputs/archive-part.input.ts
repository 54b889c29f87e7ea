import { Directive, Field, InputType } from "type-graphql";

@InputType({
  description: "Internal: an archived part of the network subgraph to write back (see `restoreNetworkArchivePart`).",
})
// Only the @inaccessible restore mutation takes it: hidden with it from the public schema.
@Directive("@inaccessible")
export class RestoreNetworkArchivePartInput {
  @Field(() => String, { description: "The part, as archived (JSON rows by entity)." }) rows: string;
}
