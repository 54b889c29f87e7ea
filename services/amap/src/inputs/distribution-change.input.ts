import { Field, ID, InputType } from "type-graphql";
import { DistributionChangeKind } from "../entities/distribution-change.entity";

@InputType({ description: "Filter for the list of distribution changes (oldest first by default)." })
export class DistributionChangeFilter {
  @Field(() => ID, { nullable: true, description: "Changes of this AMAP's distributions." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Changes of this distribution." }) distributionId?: string;
  @Field(() => [ID], { nullable: true, description: "Changes of these distributions." }) distributionIds?: string[];
  @Field(() => ID, { nullable: true, description: "Changes of the distributions this contract template delivers at." })
  templateId?: string;
  @Field(() => DistributionChangeKind, { nullable: true, description: "Of this kind." }) kind?: DistributionChangeKind;
  @Field(() => Date, {
    nullable: true,
    description:
      "Recorded at or after this instant (included, so that polling never misses one; consume changes by id so that seeing one twice is harmless).",
  })
  since?: Date;
}
