import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { NetworkMemberKind, NetworkMembershipStatus } from "../entities/network-membership.entity";

@InputType()
export class NetworkMembershipFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) networkId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => NetworkMemberKind, { nullable: true }) memberKind?: NetworkMemberKind;
  @Field(() => ID, { nullable: true }) amapId?: string;
  @Field(() => ID, { nullable: true }) farmId?: string;
  @Field(() => NetworkMembershipStatus, { nullable: true }) status?: NetworkMembershipStatus;
}

@InputType()
export class CreateNetworkMembershipInput {
  @Field(() => ID) networkId: string;
  @Field(() => Int) year: number;
  @Field(() => ID, { nullable: true, description: "The AMAP joining (exactly one of amapId, farmId)." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "The farm joining (exactly one of amapId, farmId)." }) farmId?: string;
  @Field(() => Int) amountCents: number;
  @Field(() => NetworkMembershipStatus, { nullable: true, description: "Where the membership stands." }) status?: NetworkMembershipStatus;
  @Field(() => DateScalar, { nullable: true, description: "Date the charter was signed." }) charterSignedOn?: string | null;
}

@InputType({ description: "Changes to a network membership (absent fields are unchanged)." })
export class UpdateNetworkMembershipInput {
  @Field(() => ID, { description: "The membership to change." }) id: string;
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
  @Field(() => Int, { nullable: true, description: "Membership fee, in cents." }) amountCents?: number;
  @Field(() => NetworkMembershipStatus, { nullable: true, description: "Where the membership stands." }) status?: NetworkMembershipStatus;
  @Field(() => DateScalar, { nullable: true, description: "Date the charter was signed." }) charterSignedOn?: string | null;
}
