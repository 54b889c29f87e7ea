import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { LineAvailability } from "../entities/line-availability.entity";
import type { AmapContext } from "../context";

@Resolver(() => LineAvailability)
export class LineAvailabilityResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Farm's capacity for this product on this date over all households: the cell's `quota`, else the line's `quotaPerDelivery` (none if null). Households beyond it go to the waiting list.",
  })
  async effectiveQuota(@Root() c: LineAvailability, @Ctx() ctx: AmapContext): Promise<number | null> {
    if (c.quota !== null && c.quota !== undefined) return c.quota;
    return (await ctx.loaders.templateLine.load(c.templateLineId))?.quotaPerDelivery ?? null;
  }
}
