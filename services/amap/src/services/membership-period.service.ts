import { EntityManager, FindOptionsWhere, In } from "typeorm";
import { applyPatch, saveVersioned, Check, findPage, getOrThrow, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { FeeMode, MembershipPeriod } from "../entities/membership-period.entity";
import {
  CreateMembershipPeriodInput,
  MembershipPeriodFieldsInput,
  MembershipPeriodFilter,
  UpdateMembershipPeriodInput,
} from "../inputs/membership-period.input";
import { checkDateOrder, definedOnly, nullMeansUnchanged } from "./checks";
import { t } from "../i18n";

const WHAT = t("membershipPeriod.membershipPeriod");

export class MembershipPeriodService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(MembershipPeriod);
  }

  list(filter: MembershipPeriodFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<MembershipPeriod>> {
    const where: FindOptionsWhere<MembershipPeriod> = {};
    if (filter.ids) where.id = In(filter.ids);
    if (filter.amapId) where.amapId = filter.amapId;
    return findPage(this.repo, where, args, ["startsOn", "name"], { startsOn: "DESC" });
  }

  get(id: string): Promise<MembershipPeriod> {
    return getOrThrow(this.repo, id, WHAT);
  }

  /** Checks the fields of the period as it will be once the input is applied to `current`. */
  private validate(input: MembershipPeriodFieldsInput, current: Partial<MembershipPeriod>, check = new Check()): void {
    input.name = check.text("name", input.name, { required: input.name !== undefined });
    if (input.startsOn !== undefined) check.date("startsOn", input.startsOn, { required: true });
    if (input.endsOn !== undefined) check.date("endsOn", input.endsOn, { required: true });
    for (const k of ["feeCents", "minFeeCents", "suggestedFeeCents", "networkShareCents"] as const)
      check.cents(k, input[k]);
    check.done();
    const next = { ...current, ...definedOnly(input) } as MembershipPeriod;
    checkDateOrder(check, "endsOn", next.startsOn, next.endsOn);
    if (next.feeMode === FeeMode.free && next.suggestedFeeCents < next.minFeeCents) {
      check.fail("suggestedFeeCents", t("membershipPeriod.suggestedFeeCannotBelow"));
    }
    // The AMAP remits the network share out of each fee: it cannot exceed the smallest fee paid.
    const smallestFee = next.feeMode === FeeMode.free ? next.minFeeCents : next.feeCents;
    if (next.networkShareCents > smallestFee) {
      check.fail("networkShareCents", t("membershipPeriod.networkShareCannotExceed"));
    }
    check.done();
  }

  async create(input: CreateMembershipPeriodInput): Promise<MembershipPeriod> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    check.text("name", input.name, { required: true });
    const defaults = {
      feeMode: FeeMode.fixed,
      feeCents: 0,
      minFeeCents: 0,
      suggestedFeeCents: 0,
      networkShareCents: 0,
    };
    this.validate(input, defaults, check);
    return this.repo.save(this.repo.create({ ...defaults, ...definedOnly(input), id: uuidv7() }));
  }

  async update(id: string, input: UpdateMembershipPeriodInput): Promise<MembershipPeriod> {
    const period = await this.get(id);
    this.validate(nullMeansUnchanged(input), period);
    applyPatch(period, input as Partial<MembershipPeriod>);
    return saveVersioned(this.repo, period, input.expectedVersion);
  }
}
