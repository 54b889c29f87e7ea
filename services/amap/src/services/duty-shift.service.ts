import { Between, EntityManager, In, Not } from "typeorm";
import {
  addDays,
  Check,
  conflict,
  getOrThrow,
  insertMany,
  isCalendarDate,
  Page,
  PageArgs,
  pageOptions,
  uuidv7,
} from "@champ-commun/kit";
import { DutyShift } from "../entities/duty-shift.entity";
import { DutyRole } from "../entities/duty-role.entity";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { DutyShiftFilter, UpdateDutyShiftInput } from "../inputs/duty.input";
import { checkDateOrder } from "./checks";
import { t } from "../i18n";

const WHAT = t("dutyShift.dutyShift");
const MAX_RANGE_DAYS = 731;
/** Sort keys of the list, as columns of the joined query. */
const SORT_COLUMNS: Record<string, string> = { date: "d.date", seats: "s.seats", id: "s.id" };

/** The duty roster's shifts: one per role and distribution, with the seats to fill. */
export class DutyShiftService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(DutyShift);
  }

  /** Shifts by distribution date, then role order (a date range needs the distributions: one joined query). */
  async list(filter: DutyShiftFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<DutyShift>> {
    const { skip, take, order } = pageOptions(args, ["date", "seats"], { date: "ASC" });
    const qb = this.repo
      .createQueryBuilder("s")
      .innerJoin(Distribution, "d", "d.id = s.distributionId")
      .innerJoin(DutyRole, "r", "r.id = s.roleId");
    if (filter.amapId) qb.andWhere("s.amapId = :amapId", { amapId: filter.amapId });
    if (filter.distributionId)
      qb.andWhere("s.distributionId = :distributionId", { distributionId: filter.distributionId });
    if (filter.distributionIds)
      qb.andWhere(filter.distributionIds.length ? "s.distributionId IN (:...distributionIds)" : "1 = 0", {
        distributionIds: filter.distributionIds,
      });
    if (filter.roleId) qb.andWhere("s.roleId = :roleId", { roleId: filter.roleId });
    if (filter.ids) qb.andWhere(filter.ids.length ? "s.id IN (:...ids)" : "1 = 0", { ids: filter.ids });
    if (filter.from) qb.andWhere("d.date >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("d.date <= :to", { to: filter.to });
    for (const [key, dir] of Object.entries(order)) {
      if (key === "id") qb.addOrderBy("r.position", "ASC").addOrderBy("r.name", "ASC");
      qb.addOrderBy(SORT_COLUMNS[key], dir);
    }
    const [items, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return { items, total };
  }

  get(id: string): Promise<DutyShift> {
    return getOrThrow(this.repo, id, WHAT);
  }

  /**
   * One shift per active role at each distribution of the range that still happens, with the
   * role's default seats. Shifts already there are kept as they are: running it again creates
   * nothing more. Returns the shifts created, by date then role.
   */
  async generate(amapId: string, from: string, to: string): Promise<DutyShift[]> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    check.date("from", from, { required: true });
    check.date("to", to, { required: true });
    checkDateOrder(check, "to", from, to);
    if (isCalendarDate(from) && isCalendarDate(to) && to > addDays(from, MAX_RANGE_DAYS))
      check.fail("to", t("dutyShift.atMostTwoYears"));
    check.done();
    const roles = await this.em
      .getRepository(DutyRole)
      .find({ where: { amapId, active: true }, order: { position: "ASC", name: "ASC" } });
    if (!roles.length) {
      throw conflict(t("dutyShift.noActiveDutyRole"), "amapId");
    }
    const distributions = await this.em.getRepository(Distribution).find({
      where: { amapId, date: Between(from, to), status: Not(DistributionStatus.cancelled) },
      order: { date: "ASC", startTime: "ASC" },
    });
    const ids = distributions.map((d) => d.id);
    const existing = ids.length ? await this.repo.find({ where: { amapId, distributionId: In(ids) } }) : [];
    const taken = new Set(existing.map((s) => `${s.distributionId}|${s.roleId}`));
    const created = distributions.flatMap((d) =>
      roles
        .filter((r) => !taken.has(`${d.id}|${r.id}`))
        .map((r) =>
          this.repo.create({ id: uuidv7(), amapId, distributionId: d.id, roleId: r.id, seats: r.defaultSeats }),
        ),
    );
    await insertMany(this.repo, created);
    return created;
  }

  /** Seats may go down to 0 (a role not needed that day); the member subgraph shows vacancies accordingly. */
  async update(id: string, input: UpdateDutyShiftInput): Promise<DutyShift> {
    const shift = await this.get(id);
    const check = new Check();
    check.int("seats", input.seats, { min: 0, max: 50, required: true });
    check.done();
    shift.seats = input.seats;
    return this.repo.save(shift);
  }
}
