import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { badInput } from "./errors";
import { t } from "./i18n";

export enum SortOrder {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortOrder, {
  name: "SortOrder",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Ascending: smallest, earliest or A first." },
    DESC: { description: "Descending: largest, latest or Z first." },
  },
});

@InputType({ description: "One sort key of a list: a field name of the listed type and a direction." })
export class SortInput {
  @Field(() => String, { description: "Field to sort by (e.g. `name`, `date`)." })
  field: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC, description: "ASC or DESC." })
  order: SortOrder;
}

export const MAX_PER_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => [SortInput], { nullable: true, description: "Sort keys, first one first." })
  sort?: SortInput[];

  @Field(() => Int, { defaultValue: 1, description: "1-based page number." })
  page: number = 1;

  @Field(() => Int, { defaultValue: 25, description: `Items per page (capped at ${MAX_PER_PAGE}).` })
  perPage: number = 25;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** A `XPage { items, total }` type: `@ObjectType() class AmapPage extends PageOf(Amap) {}`. */
export function PageOf<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class PageClass {
    @Field(() => [itemClass], { description: "The items of this page." })
    items: T[];

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    total: number;
  }
  return PageClass;
}

export interface FindPageOptions {
  skip: number;
  take: number;
  order: Record<string, "ASC" | "DESC">;
}

/**
 * Turns page arguments into skip/take/order, refusing sort fields the list does not offer
 * (a sort on an unknown column would otherwise reach SQL).
 */
export function pageOptions(
  args: Partial<PageArgs>,
  sortable: readonly string[],
  defaultOrder: Record<string, "ASC" | "DESC">,
): FindPageOptions {
  const page = args.page ?? 1;
  const perPage = args.perPage ?? 25;
  if (!Number.isInteger(page) || page < 1) {
    throw badInput("page", t("pagination.pageNumbersStartAt"));
  }
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw badInput("perPage", t("pagination.perpageMustAtLeast"));
  }
  const take = Math.min(perPage, MAX_PER_PAGE);
  const order: Record<string, "ASC" | "DESC"> = {};
  for (const s of args.sort ?? []) {
    if (!sortable.includes(s.field)) {
      throw badInput("sort", t("pagination.cannotSortSortableFields", { field: s.field, join: sortable.join(", ") }));
    }
    order[s.field] = s.order === SortOrder.DESC ? "DESC" : "ASC";
  }
  // A stable tie-breaker so pages never repeat or skip rows.
  const finalOrder = Object.keys(order).length ? order : { ...defaultOrder };
  if (!("id" in finalOrder)) finalOrder.id = "ASC";
  return { skip: (page - 1) * take, take, order: finalOrder };
}
