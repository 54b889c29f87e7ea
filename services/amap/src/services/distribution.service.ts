import { Between, EntityManager, FindOptionsWhere, In, LessThanOrEqual, MoreThanOrEqual, Not } from "typeorm";
import {
  addDays,
  applyPatch,
  saveVersioned,
  Check,
  conflict,
  findPage,
  getOrThrow,
  isCalendarDate,
  isUuid,
  Page,
  PageArgs,
  uuidv7,
} from "@champ-commun/kit";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { Place } from "../entities/place.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { ContractTemplate, ContractTemplateStatus } from "../entities/contract-template.entity";
import {
  CreateDistributionInput,
  DistributionFilter,
  GenerateDistributionsInput,
  UpdateDistributionInput,
} from "../inputs/distribution.input";
import { calendarDates, isoWeekday } from "./calendar";
import { insertMany } from "@champ-commun/kit";
import { checkDateOrder, checkTime, checkTimeWindow, nullMeansUnchanged } from "./checks";
import { t } from "../i18n";

const WHAT = t("distribution.distribution");
/** A generated calendar covers at most two years: beyond, it is surely a typing error. */
const MAX_RANGE_DAYS = 731;

export class DistributionService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Distribution);
  }

  list(filter: DistributionFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Distribution>> {
    const where: FindOptionsWhere<Distribution> = {};
    if (filter.ids) where.id = In(filter.ids);
    if (filter.amapId) where.amapId = filter.amapId;
    if (filter.status) where.status = filter.status;
    if (filter.from && filter.to) where.date = Between(filter.from, filter.to);
    else if (filter.from) where.date = MoreThanOrEqual(filter.from);
    else if (filter.to) where.date = LessThanOrEqual(filter.to);
    return findPage(this.repo, where, args, ["date", "status"], { date: "ASC" });
  }

  get(id: string): Promise<Distribution> {
    return getOrThrow(this.repo, id, WHAT);
  }

  /** The place must be one of the AMAP's own. */
  async checkPlace(check: Check, amapId: string, placeId: string | null | undefined): Promise<void> {
    if (!placeId) return;
    check.id("placeId", placeId);
    if (!isUuid(placeId)) return;
    const found = await this.em.getRepository(Place).exists({ where: { id: placeId, amapId } });
    if (!found) check.fail("placeId", t("distribution.placeDoesNotExist"));
  }

  async create(input: CreateDistributionInput): Promise<Distribution> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    check.date("date", input.date, { required: true });
    const startTime = checkTime(check, "startTime", input.startTime, true);
    const endTime = checkTime(check, "endTime", input.endTime, true);
    checkTimeWindow(check, startTime, endTime);
    const notes = check.text("notes", input.notes, { max: 2000 });
    await this.checkPlace(check, input.amapId, input.placeId);
    check.done();
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        amapId: input.amapId,
        placeId: input.placeId ?? null,
        date: input.date,
        startTime,
        endTime,
        status: DistributionStatus.planned,
        movedToDate: null,
        movedToPlaceId: null,
        notes: notes ?? "",
      }),
    );
  }

  async update(id: string, input: UpdateDistributionInput): Promise<Distribution> {
    const distribution = await this.get(id);
    nullMeansUnchanged(input, ["placeId"]);
    const check = new Check();
    if (input.date !== undefined) check.date("date", input.date, { required: true });
    input.startTime = checkTime(check, "startTime", input.startTime);
    input.endTime = checkTime(check, "endTime", input.endTime);
    checkTimeWindow(check, input.startTime ?? distribution.startTime, input.endTime ?? distribution.endTime);
    input.notes = check.text("notes", input.notes, { max: 2000 });
    await this.checkPlace(check, distribution.amapId, input.placeId);
    check.done();
    const field =
      input.date !== undefined && input.date !== distribution.date
        ? "date"
        : input.placeId !== undefined && input.placeId !== distribution.placeId
          ? "placeId"
          : null;
    if (field && (await this.signedContractsDeliverAt(distribution))) {
      throw conflict(t("distribution.openSignedContractsDeliver"), field);
    }
    applyPatch(distribution, input as Partial<Distribution>);
    return saveVersioned(this.repo, distribution, input.expectedVersion);
  }

  /** Whether a template past its draft (members may have signed it) delivers at this distribution. */
  private async signedContractsDeliverAt(distribution: Distribution): Promise<boolean> {
    const links = await this.em
      .getRepository(TemplateDistribution)
      .find({ where: { distributionId: distribution.id } });
    if (!links.length) return false;
    const templateIds = links.map((l) => l.templateId);
    return this.em
      .getRepository(ContractTemplate)
      .exists({ where: { id: In(templateIds), status: Not(ContractTemplateStatus.draft) } });
  }

  /**
   * Creates the distributions of a calendar, skipping the dates on which the AMAP already has one:
   * running it twice creates nothing more. Returns the distributions it created, by date.
   */
  async generate(input: GenerateDistributionsInput): Promise<Distribution[]> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    check.date("from", input.from, { required: true });
    check.date("to", input.to, { required: true });
    checkDateOrder(check, "to", input.from, input.to);
    if (isCalendarDate(input.from) && isCalendarDate(input.to) && input.to > addDays(input.from, MAX_RANGE_DAYS)) {
      check.fail("to", t("distribution.atMostTwoYears"));
    }
    check.int("weekday", input.weekday, { min: 1, max: 7 });
    const startTime = checkTime(check, "startTime", input.startTime, true);
    const endTime = checkTime(check, "endTime", input.endTime, true);
    checkTimeWindow(check, startTime, endTime);
    (input.excludedDates ?? []).forEach((d, i) => check.date(`excludedDates.${i}`, d));
    await this.checkPlace(check, input.amapId, input.placeId);
    check.done();

    const weekday = input.weekday ?? isoWeekday(input.from);
    const dates = calendarDates(input.from, input.to, input.cycle, weekday, input.excludedDates);
    const existing = await this.repo.find({ where: { amapId: input.amapId, date: Between(input.from, input.to) } });
    const taken = new Set(existing.map((d) => d.date));
    const created = dates
      .filter((date) => !taken.has(date))
      .map((date) =>
        this.repo.create({
          id: uuidv7(),
          amapId: input.amapId,
          placeId: input.placeId ?? null,
          date,
          startTime,
          endTime,
          status: DistributionStatus.planned,
          movedToDate: null,
          movedToPlaceId: null,
          notes: "",
        }),
      );
    await insertMany(this.repo, created);
    return created;
  }
}
