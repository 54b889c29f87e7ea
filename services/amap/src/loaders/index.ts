import DataLoader from "dataloader";
import { Between, DataSource, In, LessThanOrEqual, MoreThanOrEqual } from "typeorm";
import { byText, loaderFrom, loaderMany, loaderOne, frenchCollator } from "@champ-commun/kit";
import { Place } from "../entities/place.entity";
import { Distribution } from "../entities/distribution.entity";
import { ContractTemplate } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import { MembershipPeriod } from "../entities/membership-period.entity";
import { DistributionChange } from "../entities/distribution-change.entity";
import { DutyRole } from "../entities/duty-role.entity";
import { DutyShift } from "../entities/duty-shift.entity";
import { DutyRules } from "../entities/duty-rules.entity";
import { defaultDutyRules } from "../services/duty-rules.service";

const byDate = (a: Distribution, b: Distribution) => a.date.localeCompare(b.date);
const byCreation = (a: DistributionChange, b: DistributionChange) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
const byPosition = (a: TemplateLine, b: TemplateLine) => a.position - b.position;
const bySeasonThenName = (a: ContractTemplate, b: ContractTemplate) =>
  b.season.localeCompare(a.season) || frenchCollator.compare(a.name, b.name);

/** Distributions of each AMAP within one date range: one loader (one query per tick) per range asked. */
function distributionsByAmapIn(ds: DataSource) {
  const perRange = new Map<string, DataLoader<string, Distribution[]>>();
  return (from?: string | null, to?: string | null) => {
    const key = `${from ?? ""}|${to ?? ""}`;
    let loader = perRange.get(key);
    if (!loader) {
      const date = from && to ? Between(from, to) : from ? MoreThanOrEqual(from) : to ? LessThanOrEqual(to) : undefined;
      loader = loaderMany(ds.getRepository(Distribution), "amapId", byDate, date ? { date } : {});
      perRange.set(key, loader);
    }
    return loader;
  };
}

/** Shifts of each distribution in roster order: one query joined to the roles, for every distribution asked. */
function shiftsByDistribution(ds: DataSource) {
  return loaderFrom<DutyShift[]>(
    async (ids) => {
      const byDistribution = new Map<string, DutyShift[]>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await ds
          .getRepository(DutyShift)
          .createQueryBuilder("s")
          .innerJoin(DutyRole, "r", "r.id = s.roleId")
          .where("s.distributionId IN (:...ids)", { ids: ids.slice(i, i + 500) })
          .orderBy("r.position", "ASC")
          .addOrderBy("r.name", "ASC")
          .getMany();
        for (const row of rows)
          byDistribution.set(row.distributionId, [...(byDistribution.get(row.distributionId) ?? []), row]);
      }
      return byDistribution;
    },
    () => [],
  );
}

/** Each AMAP's duty rules, or the defaults when it never set them. */
function dutyRulesByAmap(ds: DataSource) {
  return new DataLoader<string, DutyRules>(async (amapIds) => {
    const rows = await ds.getRepository(DutyRules).find({ where: { amapId: In([...new Set(amapIds)]) } });
    const byAmap = new Map(rows.map((r) => [r.amapId, r]));
    return amapIds.map((id) => byAmap.get(id) ?? defaultDutyRules(id));
  });
}

/** Per-request DataLoaders: every relation of this subgraph is one `IN (...)` query per level. */
export function createLoaders(ds: DataSource) {
  return {
    place: loaderOne(ds.getRepository(Place)),
    placesByAmap: loaderMany(ds.getRepository(Place), "amapId", byText<Place>("name")),
    distribution: loaderOne(ds.getRepository(Distribution)),
    distributionsByAmap: distributionsByAmapIn(ds),
    contractTemplate: loaderOne(ds.getRepository(ContractTemplate)),
    templatesByAmap: loaderMany(ds.getRepository(ContractTemplate), "amapId", bySeasonThenName),
    templatesByFarm: loaderMany(ds.getRepository(ContractTemplate), "farmId", bySeasonThenName),
    linesByTemplate: loaderMany(ds.getRepository(TemplateLine), "templateId", byPosition),
    availabilityByTemplate: loaderMany(ds.getRepository(LineAvailability), "templateId"),
    templateLinksByDistribution: loaderMany(ds.getRepository(TemplateDistribution), "distributionId"),
    templateLinksByTemplate: loaderMany(ds.getRepository(TemplateDistribution), "templateId"),
    membershipPeriod: loaderOne(ds.getRepository(MembershipPeriod)),
    periodsByAmap: loaderMany(ds.getRepository(MembershipPeriod), "amapId", (a, b) =>
      b.startsOn.localeCompare(a.startsOn),
    ),
    templateLine: loaderOne(ds.getRepository(TemplateLine)),
    distributionChange: loaderOne(ds.getRepository(DistributionChange)),
    changesByDistribution: loaderMany(ds.getRepository(DistributionChange), "distributionId", byCreation),
    dutyRole: loaderOne(ds.getRepository(DutyRole)),
    dutyRolesByAmap: loaderMany(
      ds.getRepository(DutyRole),
      "amapId",
      (a, b) => a.position - b.position || frenchCollator.compare(a.name, b.name),
    ),
    dutyShift: loaderOne(ds.getRepository(DutyShift)),
    shiftsByDistribution: shiftsByDistribution(ds),
    dutyRules: dutyRulesByAmap(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
