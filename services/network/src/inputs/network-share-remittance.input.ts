import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

@InputType({ description: "Filter for the list of network share remittances." })
export class NetworkShareRemittanceFilter {
  @Field(() => [ID], { nullable: true, description: "Only these records." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Remittances to this network." }) networkId?: string;
  @Field(() => ID, { nullable: true, description: "Remittances of this AMAP." }) amapId?: string;
  @Field(() => Int, { nullable: true, description: "Membership year." }) year?: number;
  @Field(() => DateScalar, { nullable: true, description: "Remitted on or after this date." }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: "Remitted on or before this date." }) to?: string;
}

@InputType({ description: "A remittance of the network's share by an AMAP, or a correction of one." })
export class RecordNetworkShareRemittanceInput {
  @Field(() => ID, { description: "The receiving network." }) networkId: string;
  @Field(() => ID, { description: "The remitting AMAP." }) amapId: string;
  @Field(() => Int, { description: "Membership year." }) year: number;
  @Field(() => Int, { description: "Amount in cents (≥ 1; negative only for a correction, with a reason)." })
  amountCents: number;
  @Field(() => DateScalar, { description: "Date of the remittance." }) remittedOn: string;
  @Field(() => String, { nullable: true, description: "Cheque number or transfer reference." }) reference?: string;
  @Field(() => String, { nullable: true, description: "Why this record corrects an earlier one." }) reason?: string;
  @Field(() => ID, { nullable: true, description: "The remittance corrected, if any." }) correctsId?: string | null;
}
