import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import { TemplateLine } from "../entities/template-line.entity";
import { Product } from "../entities/references";

@Resolver(() => TemplateLine)
export class TemplateLineResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The product (network subgraph)." })
  product(@Root() l: TemplateLine): Product {
    return { id: l.productId };
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Most a household may take of this product at one delivery (none if null): the same value as `maxQuantity`, named after the rule it enforces.",
  })
  maxPerHousehold(@Root() l: TemplateLine): number | null {
    return l.maxQuantity;
  }
}
