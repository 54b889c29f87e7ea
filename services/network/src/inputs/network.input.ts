import { Field, ID, InputType, Int } from "type-graphql";
import { NetworkLevel } from "../entities/network.entity";

@InputType({ description: "Filter for the list of networks." })
export class NetworkFilter {
  @Field(() => String, { nullable: true, description: "Text search on the name." })
  q?: string;
  @Field(() => [ID], { nullable: true })
  ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only the direct children of this network." })
  parentId?: string;
  @Field(() => Boolean, { nullable: true, description: "Only networks without a parent (true)." })
  root?: boolean;
}

@InputType()
export class CreateNetworkInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) shortName?: string;
  @Field(() => NetworkLevel, { nullable: true }) level?: NetworkLevel;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) website?: string;
}

@InputType()
export class UpdateNetworkInput {
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) shortName?: string;
  @Field(() => NetworkLevel, { nullable: true }) level?: NetworkLevel;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) website?: string;
}
