import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

@InputType({ description: "A new season price for one line of the template being renewed." })
export class PriceChangeInput {
  @Field(() => ID, { description: "The line of the template being renewed." }) templateLineId: string;
  @Field(() => Int, { description: "New price of one unit, in cents." }) unitPriceCents: number;
}

@InputType({
  description:
    "Which contract template to renew for the next season, and how: its new season and dates (`distributionIds` or `shiftDays`, exactly one), and its new prices. Lines, policies and payment terms are copied.",
})
export class RenewContractTemplateInput {
  @Field(() => ID, { description: "The template to renew." }) id: string;
  @Field(() => String, { description: "The new season (2027); must differ from the template's." }) season: string;
  @Field(() => String, {
    nullable: true,
    description: "Name of the new contract (absent: the old name, its season replaced by the new one).",
  })
  name?: string;
  @Field(() => [ID], {
    nullable: true,
    description:
      "The new delivery dates: distributions of the same AMAP. Availability follows by rank: the n-th new date offers what the n-th old date offered; extra dates offer every line.",
  })
  distributionIds?: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      "Days between each old delivery date and its new one (364 keeps the weekday); the AMAP must have a distribution on every shifted date. Availability follows date by date.",
  })
  shiftDays?: number;
  @Field(() => [PriceChangeInput], {
    nullable: true,
    description: "New prices of some lines (they win over `priceIncreasePercent`).",
  })
  priceChanges?: PriceChangeInput[];
  @Field(() => Float, {
    nullable: true,
    description: "Increase of every other line's price, in percent (3.5 = +3.5 %), rounded to the cent.",
  })
  priceIncreasePercent?: number;
  @Field(() => DateScalar, {
    nullable: true,
    description: "First day of subscriptions (absent: the old one moved by the dates' shift).",
  })
  subscriptionOpensOn?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of subscriptions (absent: the old one moved by the dates' shift).",
  })
  subscriptionClosesOn?: string | null;
  @Field(() => [DateScalar], {
    nullable: true,
    description: "Cashing dates (absent: the old ones moved by the dates' shift).",
  })
  cashingDates?: string[];
  @Field(() => ID, { nullable: true, description: "Membership period required of subscribers (absent: none yet)." })
  membershipPeriodId?: string | null;
}
