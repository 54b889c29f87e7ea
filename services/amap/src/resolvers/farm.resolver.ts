import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Farm } from "../entities/references";
import { ContractTemplate } from "../entities/contract-template.entity";
import type { AmapContext } from "../context";

/** What the amap subgraph adds to the network subgraph's Farm: its contracts in every AMAP. */
@Resolver(() => Farm)
export class FarmResolver {
  @FieldResolver(() => [ContractTemplate], { description: "The farm's contract templates in every AMAP it supplies." })
  contractTemplates(@Root() f: Farm, @Ctx() ctx: AmapContext) {
    return ctx.loaders.templatesByFarm.load(f.id);
  }
}
