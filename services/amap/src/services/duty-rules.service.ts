import { EntityManager } from "typeorm";
import { applyPatch, Check, isUuid } from "@champ-commun/kit";
import { DEFAULT_DUTY_RULES, DutyRules } from "../entities/duty-rules.entity";
import { UpdateDutyRulesInput } from "../inputs/duty.input";
import { nullMeansUnchanged } from "./checks";

/** The rules of an AMAP that never set its own. */
export function defaultDutyRules(amapId: string): DutyRules {
  return Object.assign(new DutyRules(), { amapId, ...DEFAULT_DUTY_RULES, updatedAt: null });
}

/** An AMAP's duty sign-up rules: its own row, or the defaults until it sets them. */
export class DutyRulesService {
  constructor(private readonly em: EntityManager) {}

  async get(amapId: string): Promise<DutyRules> {
    const found = isUuid(amapId) ? await this.em.getRepository(DutyRules).findOne({ where: { amapId } }) : null;
    return found ?? defaultDutyRules(amapId);
  }

  async update(amapId: string, input: UpdateDutyRulesInput): Promise<DutyRules> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    nullMeansUnchanged(input);
    check.int("signupDeadlineHours", input.signupDeadlineHours, { min: 0, max: 720 });
    check.int("maxShiftsPerHouseholdPerDistribution", input.maxShiftsPerHouseholdPerDistribution, { min: 1, max: 10 });
    check.int("requiredShiftsPerHouseholdPerPeriod", input.requiredShiftsPerHouseholdPerPeriod, { min: 0, max: 52 });
    check.done();
    const repo = this.em.getRepository(DutyRules);
    const rules = (await repo.findOne({ where: { amapId } })) ?? repo.create({ amapId, ...DEFAULT_DUTY_RULES });
    return repo.save(applyPatch(rules, input as Partial<DutyRules>));
  }
}
