import { askSubgraph } from "@champ-commun/kit";
import type { TemplateTerms, TemplateTermsSource } from "./template-terms";

const BASE_FIELDS = `templateId amapId farmId name kind status text payeeName membershipPeriodId allowedInstallmentCounts acceptedMeans cashingDates minTotalCents maxAbsences
      absenceNoticeHours flexibleDeadlineHours subscriptionOpensOn subscriptionClosesOn
      lines { id productId productName unit unitPriceCents minQuantity maxQuantity quotaPerDelivery }`;

/** The one query this subgraph sends to the amap subgraph (AMAP_URL) to read a template's terms. */
export const CONTRACT_TEMPLATE_TERMS_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    contractTemplateTerms(id: $id) {
      ${BASE_FIELDS}
      postponementAllowed requiresFarmerConsent
      deliveries { distributionId date status startsAt absenceDeadline editableUntil }
      availability { templateLineId distributionId quota }
    }
  }
`;

/** The same without the season fields, for an amap subgraph that does not serve them yet. */
const LEGACY_TERMS_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    contractTemplateTerms(id: $id) {
      ${BASE_FIELDS}
      deliveries { distributionId date status }
      availability { templateLineId distributionId }
    }
  }
`;

/** Reads template terms from the amap subgraph, passing on the caller's identity and language. */
export class RemoteTemplateTerms implements TemplateTermsSource {
  constructor(private readonly headers: Record<string, string> = {}) {}

  async get(templateId: string): Promise<TemplateTerms | null> {
    type Res = { contractTemplateTerms: TemplateTerms | null };
    let res: Res;
    try {
      res = await askSubgraph<Res>("amap", CONTRACT_TEMPLATE_TERMS_QUERY, { id: templateId }, this.headers);
    } catch (err) {
      // Subgraphs are deployed one by one: an amap subgraph without the season fields still answers the rest.
      if (!/Cannot query field/.test((err as Error).message)) throw err;
      res = await askSubgraph<Res>("amap", LEGACY_TERMS_QUERY, { id: templateId }, this.headers);
    }
    const terms = res.contractTemplateTerms;
    if (!terms) return null;
    // The amap subgraph sorts deliveries by date; sorting again costs nothing and guards the rules.
    return { ...terms, deliveries: [...terms.deliveries].sort((a, b) => a.date.localeCompare(b.date)) };
  }
}
