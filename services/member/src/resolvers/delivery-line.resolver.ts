import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { DistributionRef } from "../entities/federation.types";

@Resolver(() => DeliveryLine)
export class DeliveryLineResolver {
  @FieldResolver(() => DistributionRef, { nullable: true, description: "The distribution (amap subgraph)." })
  distribution(@Root() l: DeliveryLine): DistributionRef {
    return { id: l.distributionId };
  }

  @FieldResolver(() => Int, { description: "Total of the line in cents: quantity × unitPriceCents." })
  lineTotalCents(@Root() l: DeliveryLine): number {
    return l.quantity * l.unitPriceCents;
  }
}
