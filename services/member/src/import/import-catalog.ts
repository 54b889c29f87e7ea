import { askSubgraph, remoteAmapZones } from "@champ-commun/kit";
import type { MembershipPeriodInfo } from "../services/amap-source";
import type { TemplateTerms, TemplateTermsSource } from "../services/template-terms";
import { RemoteTemplateTerms } from "../services/template-terms.client";
import type { ImportCatalog } from "./import-plan";

/** Where an import reads the AMAP's periods, templates and terms (the amap subgraph; a plain object in tests). */
export interface CatalogSource {
  /** Periods and templates of the AMAP, then the terms of the templates `wanted` picks among them. */
  load(amapId: string, wanted: (templates: ImportCatalog["templates"]) => string[]): Promise<ImportCatalog>;
}

/** The queries an import sends to the amap subgraph (checked against its schema by move-contract.test.ts). */
export const CATALOG_QUERIES = {
  periods: `query ($a: ID!) { membershipPeriods(filter: { amapId: $a }, perPage: 100) { items { id amapId name startsOn endsOn feeMode feeCents minFeeCents suggestedFeeCents networkShareCents } } }`,
  templates: `query ($a: ID!) { contractTemplates(filter: { amapId: $a }, perPage: 100) { items { id name status } } }`,
};

/** The amap subgraph with the caller's identity: read once, when the dry run or the import starts. */
export function remoteCatalog(
  headers: Record<string, string>,
  termsSource: TemplateTermsSource = new RemoteTemplateTerms(headers),
): CatalogSource {
  return {
    async load(amapId, wanted) {
      const [p, t, timeZone] = await Promise.all([
        askSubgraph<{ membershipPeriods: { items: MembershipPeriodInfo[] } }>(
          "amap",
          CATALOG_QUERIES.periods,
          { a: amapId },
          headers,
        ),
        askSubgraph<{ contractTemplates: { items: ImportCatalog["templates"] } }>(
          "amap",
          CATALOG_QUERIES.templates,
          { a: amapId },
          headers,
        ),
        remoteAmapZones().of(amapId),
      ]);
      const templates = t.contractTemplates.items;
      const terms = new Map<string, TemplateTerms>();
      for (const id of wanted(templates)) {
        const found = await termsSource.get(id);
        if (found) terms.set(id, found);
      }
      return { amapId, timeZone, periods: p.membershipPeriods.items, templates, terms };
    },
  };
}
