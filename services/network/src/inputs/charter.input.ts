import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

@InputType({ description: "Filter for the list of charter versions." })
export class CharterVersionFilter {
  @Field(() => ID, { nullable: true, description: "Charters adopted by this network." }) networkId?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "With networkId: also list movement-wide charters (default true).",
  })
  includeMovementWide?: boolean;
}

@InputType({ description: "A principle of a new charter version." })
export class CharterPrincipleInput {
  @Field(() => String, { description: "Stable code, lower-case letters, digits and underscores." }) code: string;
  @Field(() => String, { description: "Short title, in French." }) title: string;
}

@InputType({ description: "A charter version adopted by a network (or movement-wide when networkId is omitted)." })
export class CreateCharterVersionInput {
  @Field(() => ID, { nullable: true, description: "Adopting network; omit for a movement-wide charter." }) networkId?:
    string | null;
  @Field(() => String, { description: "Title." }) title: string;
  @Field(() => DateScalar, { description: "Date of adoption." }) adoptedOn: string;
  @Field(() => String, { description: "Summary or full text." }) text: string;
  @Field(() => [CharterPrincipleInput], { description: "The principles, in order (codes unique)." })
  principles: CharterPrincipleInput[];
}

@InputType({ description: "Filter for the list of charter commitments." })
export class CharterCommitmentFilter {
  @Field(() => [ID], { nullable: true, description: "Only these commitments." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Commitments recorded by this network." }) networkId?: string;
  @Field(() => ID, { nullable: true, description: "Commitments to this charter version." }) charterVersionId?: string;
  @Field(() => ID, { nullable: true, description: "Commitments of this AMAP." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Commitments of this farm." }) farmId?: string;
  @Field(() => DateScalar, { nullable: true, description: "Signed on or after this date." }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: "Signed on or before this date." }) to?: string;
}

@InputType({ description: "An AMAP or a farm (exactly one) signs a charter version." })
export class CommitToCharterInput {
  @Field(() => ID, { description: "The charter version signed." }) charterVersionId: string;
  @Field(() => ID, { description: "The network recording the commitment." }) networkId: string;
  @Field(() => ID, { nullable: true, description: "The signing AMAP (exactly one of amapId, farmId)." }) amapId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "The signing farm (exactly one of amapId, farmId)." }) farmId?:
    string | null;
  @Field(() => DateScalar, { description: "Date of signature." }) committedOn: string;
}
