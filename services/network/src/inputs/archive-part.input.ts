import { Field, InputType } from "type-graphql";

@InputType({ description: "Internal: an archived part of the network subgraph to write back (see `restoreNetworkArchivePart`)." })
export class RestoreNetworkArchivePartInput {
  @Field(() => String, { description: "The part, as archived (JSON rows by entity)." }) rows: string;
}
