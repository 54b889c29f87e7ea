import { toCents } from "../validation";

/**
 * The form's values as the API's input: only the keys of TemplateLineInput on each line (a
 * record's line also carries its product's name), prices from euros to cents; what the API only
 * changes on a draft is left out once the contract is open.
 */
export function toTemplateInput(data: Record<string, unknown>): Record<string, unknown> {
  const lines = (data.lines as Array<Record<string, unknown>> | undefined)?.map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    productId: l.productId,
    unitPriceCents: toCents(l.unitPriceCents) ?? l.unitPriceCents,
    minQuantity: l.minQuantity ?? 0,
    maxQuantity: l.maxQuantity ?? null,
    quotaPerDelivery: l.quotaPerDelivery ?? null,
  }));
  const out: Record<string, unknown> = { ...data, ...(lines ? { lines } : {}) };
  if (data.minTotalCents !== undefined) out.minTotalCents = toCents(data.minTotalCents) ?? 0;
  if (data.status && data.status !== "draft") {
    delete out.lines;
    delete out.distributionIds;
    delete out.kind;
  }
  return out;
}
