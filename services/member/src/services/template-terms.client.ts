import { askSubgraph } from "@champ-commun/kit";
import type { TemplateTerms, TemplateTermsSource } from "./template-terms";

/**
 * The one query this subgraph sends to the amap subgraph (AMAP_URL) to read a template's terms,
 * with the dates the amap subgraph computes in the AMAP's time zone (deadlines, whether it takes
 * subscriptions today): the rules here read them and never count them again.
 */
export const CONTRACT_TEMPLATE_TERMS_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    contractTemplateTerms(id: $id) {
      templateId
      amapId
      farmId
      name
      kind
      status
      text
      payeeName
      membershipPeriodId
      allowedInstallmentCounts
      acceptedMeans
      cashingDates
      minTotalCents
      maxAbsences
      absenceNoticeHours
      flexibleDeadlineHours
      subscriptionOpensOn
      subscriptionClosesOn
      postponementAllowed
      requiresFarmerConsent
      timeZone
      acceptsSubscriptions
      lines {
        id
        productId
        productName
        unit
        unitPriceCents
        minQuantity
        maxQuantity
        quotaPerDelivery
      }
      deliveries {
        distributionId
        date
        status
        startsAt
        absenceDeadline
        editableUntil
      }
      availability {
        templateLineId
        distributionId
        quota
      }
    }
  }
`;

/** Reads template terms from the amap subgraph, passing on the caller's identity and language. */
export class RemoteTemplateTerms implements TemplateTermsSource {
  constructor(private readonly headers: Record<string, string> = {}) {}

  async get(templateId: string): Promise<TemplateTerms | null> {
    type Res = { contractTemplateTerms: TemplateTerms | null };
    const terms = (await askSubgraph<Res>("amap", CONTRACT_TEMPLATE_TERMS_QUERY, { id: templateId }, this.headers))
      .contractTemplateTerms;
    if (!terms) return null;
    // The amap subgraph sorts deliveries by date; sorting again costs nothing and guards the rules.
    return { ...terms, deliveries: [...terms.deliveries].sort((a, b) => a.date.localeCompare(b.date)) };
  }
}
