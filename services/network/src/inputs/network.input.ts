import { Field, ID, InputType, Int } from "type-graphql";
import { NetworkLevel } from "../entities/network.entity";

@InputType({ description: "Filter for the list of networks." })
export class NetworkFilter {
  @Field(() => String, { nullable: true, description: "Text search on the name." })
  q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these networks." })
  ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only the direct children of this network." })
  parentId?: string;
  @Field(() => Boolean, { nullable: true, description: "Only networks without a parent (true)." })
  root?: boolean;
}

@InputType({ description: "A new network of AMAPs." })
export class CreateNetworkInput {
  @Field(() => String, { description: "Name of the network." }) name: string;
  @Field(() => String, { nullable: true, description: "Short name or acronym." }) shortName?: string;
  @Field(() => NetworkLevel, { nullable: true, description: "Territorial level." }) level?: NetworkLevel;
  @Field(() => ID, { nullable: true, description: "Parent network, if any." }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail of the network." }) email?: string;
  @Field(() => String, { nullable: true, description: "Website (URL)." }) website?: string;
}

@InputType({ description: "Changes to a network; omitted fields keep their value." })
export class UpdateNetworkInput {
  @Field(() => ID, { description: "The network to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "Name of the network." }) name?: string;
  @Field(() => String, { nullable: true, description: "Short name or acronym." }) shortName?: string;
  @Field(() => NetworkLevel, { nullable: true, description: "Territorial level." }) level?: NetworkLevel;
  @Field(() => ID, { nullable: true, description: "Parent network; null makes it a root network." }) parentId?:
    string | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail of the network." }) email?: string;
  @Field(() => String, { nullable: true, description: "Website (URL)." }) website?: string;
}

@InputType({ description: "The network to delete (it must have no AMAP and no sub-network)." })
export class DeleteNetworkInput {
  @Field(() => ID, { description: "The network to delete." }) id: string;
}
