import { EntityManager, LessThanOrEqual } from "typeorm";
import { Check, conflict, findPage, getOrThrow, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { VisitAction, VisitActionStatus } from "../entities/visit-grid.entity";
import { FarmVisit, FarmVisitStatus } from "../entities/farm-visit.entity";
import { AddVisitActionInput, UpdateVisitActionInput, VisitActionFilter } from "../inputs/farm-visit.input";
import { FarmVisitService } from "./farm-visit.service";
import { today, whereFrom } from "./checks";
import { t } from "../i18n";

const WHAT = t("visitAction.followUpAction");

/** Follow-up actions agreed during a visit: who does what, by when; the network follows them up. */
export class VisitActionService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(VisitAction);
  }

  list(filter: VisitActionFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<VisitAction>> {
    const where = whereFrom<VisitAction>(filter, ["networkId", "farmId", "visitId", "status"]);
    if (filter.dueBy) where.dueOn = LessThanOrEqual(filter.dueBy);
    return findPage(this.repo, where, args, ["dueOn", "status", "createdAt"], { dueOn: "ASC" });
  }

  get(id: string): Promise<VisitAction> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private validate(check: Check, visit: FarmVisit, input: Omit<UpdateVisitActionInput, "id">, creating: boolean) {
    const description = check.text("description", input.description, {
      required: creating || input.description !== undefined,
      max: 1000,
    });
    const owner = check.text("owner", input.owner, { required: creating || input.owner !== undefined, max: 200 });
    check.date("dueOn", input.dueOn, { required: creating });
    if (input.dueOn && input.dueOn < visit.plannedOn) {
      check.fail("dueOn", t("visitAction.dueDateCannotBefore", { plannedOn: visit.plannedOn }));
    }
    return { description, owner };
  }

  async add(visitId: string, input: AddVisitActionInput): Promise<VisitAction> {
    const visit = await new FarmVisitService(this.em).get(visitId);
    const check = new Check();
    const { description, owner } = this.validate(check, visit, input, true);
    check.done();
    if (visit.status === FarmVisitStatus.cancelled) {
      throw conflict(t("visitAction.visitCancelledCannotHave"), "visitId");
    }
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        networkId: visit.networkId,
        visitId,
        farmId: visit.farmId,
        description: description!,
        owner: owner!,
        dueOn: input.dueOn,
        status: VisitActionStatus.open,
        doneOn: null,
      }),
    );
  }

  async update(id: string, input: UpdateVisitActionInput): Promise<VisitAction> {
    const action = await this.get(id);
    const visit = await new FarmVisitService(this.em).get(action.visitId);
    const check = new Check();
    const { description, owner } = this.validate(check, visit, input, false);
    check.done();
    if (description !== undefined) action.description = description;
    if (owner !== undefined) action.owner = owner;
    if (input.dueOn) action.dueOn = input.dueOn;
    if (input.status && input.status !== action.status) {
      action.status = input.status;
      action.doneOn = input.status === VisitActionStatus.done ? today() : null;
    }
    return this.repo.save(action);
  }
}
