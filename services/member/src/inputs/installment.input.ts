import { Field, ID, InputType } from "type-graphql";
import { InstallmentStatus } from "../entities/installment.entity";

@InputType({ description: "Filter for lists of installments." })
export class InstallmentFilter {
  @Field(() => [ID], { nullable: true, description: "Only these installments." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only this AMAP's installments." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Only this household's installments." }) householdId?: string;
  @Field(() => ID, { nullable: true, description: "Only the installments of this subscription." })
  subscriptionId?: string;
  @Field(() => ID, { nullable: true, description: "Only the installments of this membership." }) membershipId?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Only the installments of the subscriptions to this contract template (a référent's cheques, a treasurer's table per contract).",
  })
  templateId?: string;
  @Field(() => InstallmentStatus, { nullable: true, description: "Only installments with this status." })
  status?: InstallmentStatus;
}
