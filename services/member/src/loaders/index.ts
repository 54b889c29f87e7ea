import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { byText, loaderFrom, loaderMany, loaderOne, Page, PageArgs, frenchCollator } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Membership } from "../entities/membership.entity";
import { Subscription } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment } from "../entities/installment.entity";
import { SignOffItemStatus, SignOffLine } from "../entities/federation.types";
import { CoSubscriber } from "../entities/co-subscriber.entity";
import { Amendment } from "../entities/amendment.entity";
import { Absence } from "../entities/absence.entity";
import { Postponement } from "../entities/postponement.entity";
import { BasketHandover } from "../entities/basket-handover.entity";
import { Handover } from "../entities/handover.entity";
import { DutySignup } from "../entities/duty-signup.entity";
import { WaitingListEntry, WaitingListStatus } from "../entities/waiting-list-entry.entity";
import type { SubscriptionBalance } from "../entities/balance.types";
import { BalanceService } from "../services/balance.service";
import { householdsOf } from "../services/sign-off.service";
import { HouseholdFilter } from "../inputs/household.input";
import { HouseholdService } from "../services/household.service";
import { SignOffService } from "../services/sign-off.service";
import { Account } from "../accounts/account.entity";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); // uuidv7: creation order (to the millisecond)

export interface HouseholdPageKey {
  amapId: string;
  filter?: HouseholdFilter;
  page: Partial<PageArgs>;
}

/** `Amap.households(...)` for many AMAPs: keys sharing the same arguments are answered together. */
function householdPagesLoader(ds: DataSource): DataLoader<HouseholdPageKey, Page<Household>, string> {
  const argsKey = (k: HouseholdPageKey) =>
    JSON.stringify([k.filter ?? {}, k.page.sort ?? [], k.page.page ?? 1, k.page.perPage ?? 25]);
  return new DataLoader<HouseholdPageKey, Page<Household>, string>(
    async (keys) => {
      const groups = new Map<string, HouseholdPageKey[]>();
      for (const k of keys) groups.set(argsKey(k), [...(groups.get(argsKey(k)) ?? []), k]);
      const answers = new Map<string, Page<Household>>();
      for (const [ak, group] of groups) {
        const pages = await new HouseholdService(ds.manager).pagesByAmap(
          [...new Set(group.map((k) => k.amapId))],
          group[0].filter,
          group[0].page,
        );
        for (const [amapId, page] of pages) answers.set(`${amapId}|${ak}`, page);
      }
      return keys.map((k) => answers.get(`${k.amapId}|${argsKey(k)}`) ?? { items: [], total: 0 });
    },
    { cacheKeyFn: (k) => `${k.amapId}|${argsKey(k)}` },
  );
}

/** Per-request DataLoaders: every relation of this subgraph is one `IN (...)` query per level. */
export function createLoaders(ds: DataSource) {
  const household = loaderOne(ds.getRepository(Household));
  return {
    household,
    subscription: loaderOne(ds.getRepository(Subscription)),
    peopleByHousehold: loaderMany(
      ds.getRepository(Person),
      "householdId",
      (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || byText<Person>("lastName")(a, b) || byId(a, b),
    ),
    membershipsByHousehold: loaderMany(ds.getRepository(Membership), "householdId", byId),
    subscriptionsByHousehold: loaderMany(ds.getRepository(Subscription), "householdId", byId),
    subscriptionsByTemplate: loaderMany(ds.getRepository(Subscription), "templateId", byId),
    linesBySubscription: loaderMany(
      ds.getRepository(DeliveryLine),
      "subscriptionId",
      (a, b) => a.date.localeCompare(b.date) || byText<DeliveryLine>("productName")(a, b),
    ),
    installmentsBySubscription: loaderMany(ds.getRepository(Installment), "subscriptionId", (a, b) => a.rank - b.rank),
    householdPages: householdPagesLoader(ds),
    /** Sign-off sheets (effective date and lines): a fixed number of queries over all asked distributions, one for the households they name. */
    signOffSheet: loaderFrom<{ date: string | null; lines: SignOffLine[] }>(
      async (distributionIds) => {
        const sheets = await new SignOffService(ds.manager).forDistributions(distributionIds);
        const ids = [
          ...new Set(
            [...sheets.values()]
              .flatMap((s) => s.rows.flatMap((r) => [r.householdId, ...r.items.flatMap(householdsOf)]))
              .filter((id): id is string => !!id),
          ),
        ];
        const households = new Map<string, Household>();
        for (const h of await household.loadMany(ids)) if (h instanceof Household) households.set(h.id, h);
        const name = (id: string | null) => (id ? (households.get(id)?.displayName ?? null) : null);
        const out = new Map<string, { date: string | null; lines: SignOffLine[] }>();
        for (const [distributionId, sheet] of sheets) {
          const lines = sheet.rows
            .filter((r) => !r.householdId || households.has(r.householdId))
            .map((r) => ({
              household: r.householdId ? households.get(r.householdId)! : null,
              name: r.householdId ? households.get(r.householdId)!.displayName : r.takerName!,
              // Field by field (spreading the item made slow objects, most of a large sheet's time);
              // the tenant keys stay so that the guard can place each item in its AMAP.
              items: r.items.map((i) => ({
                subscriptionId: i.subscriptionId,
                templateId: i.templateId,
                templateName: i.templateName,
                productName: i.productName,
                unit: i.unit,
                quantity: i.quantity,
                status: i.status as SignOffItemStatus,
                originalDate: i.originalDate,
                postponedToDate: i.postponedToDate,
                givenTo: i.givenToHouseholdId ? name(i.givenToHouseholdId) : i.givenToName,
                takenFrom: name(i.takenFromHouseholdId),
                alternatingWith: name(i.alternatingWithId),
                coSubscribers: i.coSubscriberIds.map((id) => name(id) ?? "?"),
                amapId: i.amapId,
                farmId: i.farmId,
                householdId: i.householdId,
              })),
            }));
          out.set(distributionId, {
            date: sheet.date,
            lines: lines.sort(
              (a, b) =>
                frenchCollator.compare(a.name, b.name) || (a.household?.id ?? "").localeCompare(b.household?.id ?? ""),
            ),
          });
        }
        return out;
      },
      () => ({ date: null, lines: [] }),
    ),
    installment: loaderOne(ds.getRepository(Installment)),
    /** The record correcting an installment, if any. */
    correctionOf: loaderOne(ds.getRepository(Installment), "correctsId"),
    installmentsByMembership: loaderMany(
      ds.getRepository(Installment),
      "membershipId",
      (a, b) => a.rank - b.rank || byId(a, b),
    ),
    installmentsByHandover: loaderMany(
      ds.getRepository(Installment),
      "handoverId",
      (a, b) => a.dueOn.localeCompare(b.dueOn) || byId(a, b),
    ),
    handover: loaderOne(ds.getRepository(Handover)),
    person: loaderOne(ds.getRepository(Person)),
    // The audit trail names who acted (an account is a person who signs in).
    account: loaderOne(ds.getRepository(Account)),
    coSubscribersBySubscription: loaderMany(ds.getRepository(CoSubscriber), "subscriptionId", byId),
    amendmentsBySubscription: loaderMany(ds.getRepository(Amendment), "subscriptionId", byId),
    absencesBySubscription: loaderMany(ds.getRepository(Absence), "subscriptionId", (a, b) =>
      a.date.localeCompare(b.date),
    ),
    postponementsBySubscription: loaderMany(ds.getRepository(Postponement), "subscriptionId", byId),
    basketOffersBySubscription: loaderMany(ds.getRepository(BasketHandover), "subscriptionId", byId),
    signupsByShift: loaderMany(ds.getRepository(DutySignup), "shiftId", byId),
    waitingByTemplate: loaderMany(ds.getRepository(WaitingListEntry), "templateId", byId, {
      status: WaitingListStatus.waiting,
    }),
    /** Balances of the subscriptions of a page: two queries whatever their number. */
    subscriptionBalance: new DataLoader<Subscription, SubscriptionBalance, string>(
      async (subs) => {
        const map = await new BalanceService(ds.manager).forSubscriptions([...subs]);
        return subs.map((s) => map.get(s.id)!);
      },
      { cacheKeyFn: (s) => s.id },
    ),
    householdBalance: loaderFrom<number>(
      (ids) => new BalanceService(ds.manager).forHouseholds(ids),
      () => 0,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
