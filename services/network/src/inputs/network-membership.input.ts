import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { NetworkMemberKind, NetworkMembershipStatus } from "../entities/network-membership.entity";

@InputType({ description: "Filter for the list of network memberships (adhésions to a network)." })
export class NetworkMembershipFilter {
  @Field(() => [ID], { nullable: true, description: "Only these memberships." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only memberships of this network." }) networkId?: string;
  @Field(() => Int, { nullable: true, description: "Only memberships of this calendar year (e.g. 2026)." })
  year?: number;
  @Field(() => NetworkMemberKind, { nullable: true, description: "Only AMAPs' or only farms' memberships." })
  memberKind?: NetworkMemberKind;
  @Field(() => ID, { nullable: true, description: "Only this AMAP's memberships." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Only this farm's memberships." }) farmId?: string;
  @Field(() => NetworkMembershipStatus, { nullable: true, description: "Only memberships with this payment status." })
  status?: NetworkMembershipStatus;
}

@InputType({ description: "A new yearly membership of an AMAP or a farm in a network." })
export class CreateNetworkMembershipInput {
  @Field(() => ID, { description: "The network joined." }) networkId: string;
  @Field(() => Int, { description: "Calendar year the membership covers (e.g. 2026)." }) year: number;
  @Field(() => ID, { nullable: true, description: "The AMAP joining (exactly one of amapId, farmId)." })
  amapId?: string;
  @Field(() => ID, { nullable: true, description: "The farm joining (exactly one of amapId, farmId)." })
  farmId?: string;
  @Field(() => Int, { description: "Membership fee, in cents (euros × 100)." }) amountCents: number;
  @Field(() => NetworkMembershipStatus, { nullable: true, description: "Payment status (default pending)." })
  status?: NetworkMembershipStatus;
  @Field(() => DateScalar, { nullable: true, description: "When the network's charter was signed (YYYY-MM-DD)." })
  charterSignedOn?: string | null;
}

@InputType({ description: "Changes to a network membership; omitted fields keep their value." })
export class UpdateNetworkMembershipInput {
  @Field(() => ID, { description: "The membership to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
  @Field(() => Int, { nullable: true, description: "Membership fee, in cents (euros × 100)." }) amountCents?: number;
  @Field(() => NetworkMembershipStatus, { nullable: true, description: "Payment status." })
  status?: NetworkMembershipStatus;
  @Field(() => DateScalar, {
    nullable: true,
    description: "When the network's charter was signed (YYYY-MM-DD); null clears it.",
  })
  charterSignedOn?: string | null;
}
