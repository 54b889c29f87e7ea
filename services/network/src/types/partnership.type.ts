import { Field, Int, ObjectType } from "type-graphql";
import type { PartnershipRow } from "../services/partnership.service";

@ObjectType({
  description: "An AMAP × farm partnership in one season, derived from their contract templates (never typed twice).",
})
export class Partnership implements PartnershipRow {
  amapId: string;
  farmId: string;

  @Field(() => String, { description: "The season of the templates (2026)." }) season: string;
  @Field(() => Int, { description: "Number of contract templates between the AMAP and the farm that season." })
  templateCount: number;
}
