import { EntityManager, In } from "typeorm";
import { Check, conflict, getOrThrow, notFound, spokenInstant, uuidv7, type Lang } from "@champ-commun/kit";
import { DutySignup } from "../entities/duty-signup.entity";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import type { DutyCount } from "../entities/balance.types";
import { forUpdate, withDeadlockRetry } from "./locking";
import type { AmapSource, DutyShiftInfo } from "./amap-source";
import { instantGiven } from "./delivery-rules";
import type { RuleOptions } from "./subscription.service";
import { t } from "../i18n";

const WHAT = t("duty.dutySignUp");

/**
 * Duty sign-ups, under the rules of the AMAP's roster (amap subgraph): sign-ups close some hours
 * before the distribution, a household takes at most so many shifts per distribution, a shift
 * has so many seats.
 */
export class DutyService {
  constructor(
    private readonly em: EntityManager,
    private readonly amap: AmapSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get now(): Date {
    return this.opts.now ?? new Date();
  }

  /** The shift, the date it happens on and when its sign-ups close: all as the amap subgraph computes them, in the AMAP's time zone. */
  private async shiftAndDeadline(
    shiftId: string,
  ): Promise<{ shift: DutyShiftInfo; deadline: Date; date: string; closes: (lang: Lang) => string }> {
    const shift = await this.amap.dutyShift(shiftId);
    if (!shift) throw notFound(t("duty.dutyShift"), shiftId);
    const dist = await this.amap.distribution(shift.distributionId);
    if (!dist) throw notFound(t("duty.distribution"), shift.distributionId);
    if (dist.status === "cancelled") throw conflict(t("duty.distributionCancelled"), "shiftId");
    const deadline = instantGiven(shift.signupClosesAt, "duty sign-up deadline");
    // The deadline in words, in the AMAP's time zone, for the refusals below.
    const closes = (l: Lang) => spokenInstant(deadline, dist.timeZone, l);
    return { shift, date: dist.effectiveDate, deadline, closes };
  }

  async signUp(shiftId: string, householdId: string, personId?: string | null): Promise<DutySignup> {
    const check = new Check();
    check.id("shiftId", shiftId, { required: true });
    check.id("householdId", householdId, { required: true });
    check.id("personId", personId);
    check.done();
    const { shift, deadline, date, closes } = await this.shiftAndDeadline(shiftId);
    const household = await this.em.getRepository(Household).findOne({ where: { id: householdId } });
    if (!household || household.amapId !== shift.amapId) check.fail("householdId", t("duty.householdDoesNotBelong"));
    if (personId && !(await this.em.getRepository(Person).exists({ where: { id: personId, householdId } })))
      check.fail("personId", t("duty.personNotHousehold"));
    if (this.now > deadline) check.fail("shiftId", t("duty.signUpsShiftClosed", { deadline: closes }));
    check.done();
    const rules = await this.amap.dutyRules(shift.amapId);
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const taken = await forUpdate(
          em.getRepository(DutySignup).createQueryBuilder("d").where("d.shiftId = :shiftId", { shiftId }),
          em,
        ).getMany();
        if (taken.some((d) => d.householdId === householdId && (d.personId ?? null) === (personId ?? null))) {
          throw conflict(t("duty.householdAlreadySignedUp"), "householdId");
        }
        if (taken.length >= shift.seats) throw conflict(t("duty.shiftFull"), "shiftId");
        const sameDay = await forUpdate(
          em
            .getRepository(DutySignup)
            .createQueryBuilder("d")
            .where("d.amapId = :amapId AND d.householdId = :householdId AND d.distributionId = :distributionId", {
              amapId: shift.amapId,
              householdId,
              distributionId: shift.distributionId,
            }),
          em,
        ).getMany();
        if (sameDay.length >= rules.maxShiftsPerHouseholdPerDistribution) {
          throw conflict(
            t("duty.householdTakesAtMost", { max: rules.maxShiftsPerHouseholdPerDistribution }),
            "householdId",
          );
        }
        const signup = em.getRepository(DutySignup).create({
          id: uuidv7(),
          amapId: shift.amapId,
          shiftId,
          distributionId: shift.distributionId,
          date,
          householdId,
          personId: personId ?? null,
        });
        return em.getRepository(DutySignup).save(signup);
      }),
    );
  }

  /** A household leaves a shift, before sign-ups close. */
  async withdraw(signupId: string): Promise<boolean> {
    const signup = await getOrThrow(this.em.getRepository(DutySignup), signupId, WHAT);
    const { deadline, closes } = await this.shiftAndDeadline(signup.shiftId);
    if (this.now > deadline) throw conflict(t("duty.tooLateSignUps", { deadline: closes }), "id");
    await this.em.getRepository(DutySignup).delete({ id: signupId });
    return true;
  }

  /** A household's shifts over a membership period, against the roster's requirement. */
  async count(householdId: string, periodId: string): Promise<DutyCount> {
    await getOrThrow(this.em.getRepository(Household), householdId, t("household.household"));
    const out = (await this.counts([householdId], periodId)).get(householdId)!;
    if (out instanceof Error) throw out;
    return out;
  }

  /** The same for many households of one period: one query (a list of households asks it once). */
  async counts(householdIds: string[], periodId: string): Promise<Map<string, DutyCount | Error>> {
    const period = await this.amap.membershipPeriod(periodId);
    const households = householdIds.length
      ? await this.em.getRepository(Household).find({ where: { id: In(householdIds) } })
      : [];
    const inPeriod = households.filter((h) => period && h.amapId === period.amapId).map((h) => h.id);
    const rows = inPeriod.length
      ? await this.em
          .getRepository(DutySignup)
          .createQueryBuilder("d")
          .select("d.householdId", "householdId")
          .addSelect("COUNT(*)", "n")
          .where("d.amapId = :amapId AND d.householdId IN (:...ids) AND d.date >= :from AND d.date <= :to", {
            amapId: period!.amapId,
            ids: inPeriod,
            from: period!.startsOn,
            to: period!.endsOn,
          })
          .groupBy("d.householdId")
          .getRawMany<{ householdId: string; n: string | number }>()
      : [];
    const counted = new Map(rows.map((r) => [r.householdId, Number(r.n)]));
    const required =
      period && inPeriod.length ? (await this.amap.dutyRules(period.amapId)).requiredShiftsPerHouseholdPerPeriod : 0;
    const out = new Map<string, DutyCount | Error>();
    for (const id of householdIds) {
      if (!inPeriod.includes(id)) out.set(id, notFound(t("duty.membershipPeriod"), periodId));
      else {
        const signedUp = counted.get(id) ?? 0;
        out.set(id, { periodId, signedUp, required, missing: Math.max(required - signedUp, 0) });
      }
    }
    return out;
  }

  /** Everyone on duty at these distributions, in sign-up order. */
  async onDuty(distributionIds: string[]): Promise<DutySignup[]> {
    return distributionIds.length
      ? this.em.getRepository(DutySignup).find({ where: { distributionId: In(distributionIds) }, order: { id: "ASC" } })
      : [];
  }
}

/**
 * For the access policy: whether a person is on the duty team of a distribution (named on a
 * sign-up, or of a household signed up without naming anyone), who may then read its sign-off sheet.
 */
export async function isOnDutyTeam(em: EntityManager, personId: string, distributionId: string): Promise<boolean> {
  const person = await em.getRepository(Person).findOne({ where: { id: personId } });
  if (!person) return false;
  return em
    .getRepository(DutySignup)
    .createQueryBuilder("d")
    .where("d.distributionId = :distributionId", { distributionId })
    .andWhere("(d.personId = :personId OR (d.personId IS NULL AND d.householdId = :householdId))", {
      personId,
      householdId: person.householdId,
    })
    .getExists();
}
