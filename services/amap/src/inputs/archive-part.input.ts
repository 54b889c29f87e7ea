import { Directive, Field, InputType } from "type-graphql";

@InputType({
  description: "Internal: an archived part of the amap subgraph to write back (see `restoreAmapActivityArchivePart`).",
})
// Only the @inaccessible restore mutation takes it: hidden with it from the public schema.
@Directive("@inaccessible")
export class RestoreAmapActivityArchivePartInput {
  @Field(() => String, { description: "The part, as archived (JSON rows by entity)." }) rows: string;
}
