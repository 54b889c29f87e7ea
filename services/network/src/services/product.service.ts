import { EntityManager, FindOptionsWhere, In, Like } from "typeorm";
import { applyPatch, saveVersioned, Check, findPage, getOrThrow, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { Pricing, Product, ProductionType } from "../entities/product.entity";
import { Farm } from "../entities/farm.entity";
import { CreateProductInput, ProductFilter, UpdateProductInput } from "../inputs/farm.input";
import { t } from "../i18n";

const WHAT = t("product.product");

export class ProductService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Product);
  }

  list(filter: ProductFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Product>> {
    const where: FindOptionsWhere<Product> = {};
    if (filter.ids) where.id = In(filter.ids);
    if (filter.farmId) where.farmId = filter.farmId;
    if (filter.productionType) where.productionType = filter.productionType;
    if (filter.q) where.name = Like(`%${filter.q}%`);
    return findPage(this.repo, where, args, ["name", "productionType"], { name: "ASC" });
  }

  get(id: string): Promise<Product> {
    return getOrThrow(this.repo, id, WHAT);
  }

  async create(input: CreateProductInput): Promise<Product> {
    const check = new Check();
    const name = check.text("name", input.name, { required: true });
    const unit = check.text("unit", input.unit, { required: true, max: 40 });
    check.id("farmId", input.farmId, { required: true });
    check.done();
    await getOrThrow(this.em.getRepository(Farm), input.farmId, t("product.farm"));
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        farmId: input.farmId,
        name: name!,
        unit: unit!,
        packaging: input.packaging?.trim() ?? "",
        pricing: input.pricing ?? Pricing.per_unit,
        productionType: input.productionType ?? ProductionType.other,
        active: input.active ?? true,
      }),
    );
  }

  async update(id: string, input: UpdateProductInput): Promise<Product> {
    const product = await this.get(id);
    const check = new Check();
    input.name = check.text("name", input.name, { required: input.name !== undefined });
    input.unit = check.text("unit", input.unit, { required: input.unit !== undefined, max: 40 });
    check.done();
    applyPatch(product, input as Partial<Product>);
    return saveVersioned(this.repo, product, input.expectedVersion);
  }

  /** Products referenced by signed contracts keep their history: they are deactivated, not deleted. */
  async deactivate(id: string): Promise<Product> {
    const product = await this.get(id);
    product.active = false;
    return this.repo.save(product);
  }
}
