import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Product } from "../entities/product.entity";
import { Farm } from "../entities/farm.entity";
import { CreateProductInput, DeactivateProductInput, ProductFilter, UpdateProductInput } from "../inputs/farm.input";
import { ProductService } from "../services/product.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of products." })
export class ProductPage extends PageOf(Product) {}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: "One product, or null if it does not exist." })
  product(@Arg("id", () => ID, { description: "Id of the product." }) id: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.product.load(id);
  }

  @Query(() => ProductPage, { description: "Products of farms, filtered and paginated." })
  products(
    @Arg("filter", () => ProductFilter, {
      nullable: true,
      description: "Which products to list (omit for all the caller may see).",
    })
    filter: ProductFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new ProductService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Product, { description: "Adds a product to a farm's catalogue." })
  createProduct(@Arg("input", () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: NetworkContext) {
    return new ProductService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Product, { description: "Changes a product (set active to false when the farm stops selling it)." })
  updateProduct(
    @Arg("input", () => UpdateProductInput, { description: "The product and the fields to change." })
    input: UpdateProductInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new ProductService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => Product, { description: "Stops offering a product (kept for the contracts that name it)." })
  deactivateProduct(
    @Arg("input", () => DeactivateProductInput, { description: "The product to deactivate." })
    { id }: DeactivateProductInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new ProductService(ctx.ds.manager).deactivate(id);
  }

  @FieldResolver(() => Farm, { description: "The farm that sells it." })
  async farm(@Root() p: Product, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farm.load(p.farmId);
  }
}
