import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { Household } from "./household.entity";

/*
 * Types owned by other subgraphs, which this subgraph extends: only their key here. Their
 * representation ({ __typename, id }) is the parent of the fields this subgraph adds.
 * Their descriptions are the owning subgraph's, word for word: every subgraph's schema is
 * documented on its own, and composition never has two differing descriptions to choose from
 * (test/schema/descriptions.test.ts fails on an INCONSISTENT_DESCRIPTION hint).
 */

@ObjectType("Amap", { description: "An AMAP, the local association (identity and place in a network)." })
@Directive('@key(fields: "id")')
export class AmapRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType("ContractTemplate", {
  description: "A contract template (contrat vierge): an AMAP × farm contract for a season, with its terms.",
})
@Directive('@key(fields: "id")')
export class ContractTemplateRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType("Distribution", {
  description: "A distribution (pickup day) of an AMAP: date, time window, place and status.",
})
@Directive('@key(fields: "id")')
export class DistributionRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType("DutyShift", {
  description:
    "A duty shift (créneau de permanence): one role at one distribution, with the number of members it needs.",
})
@Directive('@key(fields: "id")')
export class DutyShiftRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;

  // Owned by the amap subgraph: the gateway fetches it for `vacancies`.
  @Field(() => Int, { description: "Number of members this shift needs." })
  @Directive("@external")
  seats: number;
}

export enum SignOffItemStatus {
  to_collect = "to_collect",
  absent = "absent",
  postponed = "postponed",
  given_away = "given_away",
  taken_over = "taken_over",
}
registerEnumType(SignOffItemStatus, {
  name: "SignOffItemStatus",
  description: "What happens to an item at the distribution.",
  valuesConfig: {
    to_collect: { description: "Collected by the household of the line." },
    absent: { description: "Not collected: the household declared an absence." },
    postponed: { description: "Not collected: postponed to another date (`postponedToDate`)." },
    given_away: { description: "Not collected by this household: its basket was handed over (`givenTo`)." },
    taken_over: { description: "Collected by this household (or intermittent) in place of another (`takenFrom`)." },
  },
});

@ObjectType({ description: "One thing a household collects at a distribution, from one of its subscriptions." })
export class SignOffItem {
  @Field(() => ID, { description: "Id of the subscription it comes from." })
  subscriptionId: string;

  @Field(() => ID, { description: "Id of the contract template." })
  templateId: string;

  @Field(() => String, { description: "Name of the contract template." })
  templateName: string;

  @Field(() => String, { description: "Name of the product." })
  productName: string;

  @Field(() => String, { description: "Unit of the product." })
  unit: string;

  @Field(() => Int, { description: "Quantity to hand over." })
  quantity: number;

  @Field(() => SignOffItemStatus, { description: "Collected, or why not (absence, postponement, basket handed over)." })
  status: SignOffItemStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The grid's date of the delivery, when it was moved or postponed to this distribution.",
  })
  originalDate: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Where the delivery was postponed to, for a postponed item.",
  })
  postponedToDate: string | null;

  @Field(() => String, { nullable: true, description: "Who took the basket, for an item handed over." })
  givenTo: string | null;

  @Field(() => String, { nullable: true, description: "Whose basket it is, for an item taken over." })
  takenFrom: string | null;

  @Field(() => String, { nullable: true, description: "The other household of an alternating basket." })
  alternatingWith: string | null;

  @Field(() => [String], { description: "Names of the households sharing the subscription (co-subscribers)." })
  coSubscribers: string[];
}

@ObjectType({
  description:
    "One line of a distribution's sign-off sheet (feuille d'émargement): a household and all it collects that day.",
})
export class SignOffLine {
  @Field(() => Household, {
    nullable: true,
    description: "The household; null for an intermittent who took a basket without a household of the AMAP.",
  })
  household: Household | null;

  @Field(() => String, { description: "Name shown on the sheet: the household's, or the intermittent's." })
  name: string;

  @Field(() => [SignOffItem], {
    description: "Everything it collects, across all its contracts, by contract then product.",
  })
  items: SignOffItem[];
}
