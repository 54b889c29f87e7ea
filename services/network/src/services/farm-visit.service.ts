import { EntityManager, In } from "typeorm";
import { Check, conflict, DomainError, findPage, getOrThrow, Msg, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { FarmVisit, FarmVisitMember, FarmVisitStatus, VisitMemberRole } from "../entities/farm-visit.entity";
import { VisitAnswer, VisitQuestion } from "../entities/visit-grid.entity";
import { Network } from "../entities/network.entity";
import { Farm } from "../entities/farm.entity";
import { FarmVisitFilter, PlanVisitInput, UpdateVisitInput, VisitMemberInput } from "../inputs/farm-visit.input";
import { dateRange, NO_FARM, NO_NETWORK, referenced, today, whereFrom } from "./checks";
import { t } from "../i18n";

const WHAT = t("farmVisit.farmVisit");

/** A done visit is a signed record and a cancelled one did not happen: neither takes changes. */
export function assertVisitOpen(visit: FarmVisit, field?: string): void {
  if (visit.status === FarmVisitStatus.done) {
    throw conflict(t("farmVisit.visitDoneTeamGrid"), field);
  }
  if (visit.status === FarmVisitStatus.cancelled) {
    throw conflict(t("farmVisit.visitCancelledPlanAgain"), field);
  }
}

export class FarmVisitService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(FarmVisit);
  }

  list(filter: FarmVisitFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<FarmVisit>> {
    const where = whereFrom<FarmVisit>(filter, ["networkId", "farmId", "status"]);
    if (filter.ids) where.id = In(filter.ids);
    const plannedOn = dateRange(filter.from, filter.to);
    if (plannedOn) where.plannedOn = plannedOn;
    return findPage(this.repo, where, args, ["plannedOn", "status", "createdAt"], { plannedOn: "DESC" });
  }

  get(id: string): Promise<FarmVisit> {
    return getOrThrow(this.repo, id, WHAT);
  }

  async plan(input: PlanVisitInput): Promise<FarmVisit> {
    const check = new Check();
    check.id("networkId", input.networkId, { required: true });
    check.id("farmId", input.farmId, { required: true });
    check.date("plannedOn", input.plannedOn, { required: true });
    await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    await referenced(this.em, Farm, check, "farmId", input.farmId, NO_FARM);
    check.done();
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        networkId: input.networkId,
        farmId: input.farmId,
        plannedOn: input.plannedOn,
        status: FarmVisitStatus.planned,
        report: "",
        reportedOn: null,
      }),
    );
  }

  async update(id: string, input: UpdateVisitInput): Promise<FarmVisit> {
    const visit = await this.get(id);
    const check = new Check();
    check.date("plannedOn", input.plannedOn);
    check.date("reportedOn", input.reportedOn);
    const report = check.text("report", input.report, { max: 20_000 });
    if (input.status === FarmVisitStatus.done) {
      check.fail("status", t("farmVisit.visitMarkedDoneWith"));
    }
    check.done();
    if (visit.status === FarmVisitStatus.done && (input.plannedOn || input.status)) {
      throw conflict(t("farmVisit.visitDoneDateStatus"), input.plannedOn ? "plannedOn" : "status");
    }
    if (input.plannedOn) visit.plannedOn = input.plannedOn;
    if (input.status) visit.status = input.status;
    if (report !== undefined) {
      visit.report = report;
      visit.reportedOn = input.reportedOn ?? (report ? (visit.reportedOn ?? today()) : null);
    } else if (input.reportedOn !== undefined) {
      visit.reportedOn = input.reportedOn;
    }
    if (visit.reportedOn && visit.reportedOn < visit.plannedOn) {
      const after = new Check();
      after.fail("reportedOn", t("farmVisit.reportCannotDatedBefore", { plannedOn: visit.plannedOn }));
      after.done();
    }
    return this.repo.save(visit);
  }

  async addMember(visitId: string, input: VisitMemberInput): Promise<FarmVisitMember> {
    const visit = await this.get(visitId);
    const check = new Check();
    const name = check.text("name", input.name, { required: true });
    check.id("personId", input.personId);
    check.done();
    assertVisitOpen(visit, "visitId");
    const repo = this.em.getRepository(FarmVisitMember);
    return repo.save(
      repo.create({
        id: uuidv7(),
        networkId: visit.networkId,
        visitId,
        role: input.role,
        name: name!,
        personId: input.personId ?? null,
      }),
    );
  }

  async removeMember(id: string): Promise<boolean> {
    const repo = this.em.getRepository(FarmVisitMember);
    const member = await getOrThrow(repo, id, t("farmVisit.visitTeamMember"));
    assertVisitOpen(await this.get(member.visitId), "id");
    await repo.remove(member);
    return true;
  }

  /**
   * Marks a visit done: the guarantee is participatory only with a mixed team (at least one farmer
   * and one AMAP member) and a full evaluation (every active question of the network's grid).
   */
  async complete(id: string): Promise<FarmVisit> {
    const visit = await this.get(id);
    if (visit.status === FarmVisitStatus.done) throw conflict(t("farmVisit.visitAlreadyDone"), "status");
    assertVisitOpen(visit, "status");
    if (visit.plannedOn > today()) {
      throw conflict(t("farmVisit.visitPlannedCannotDone", { plannedOn: visit.plannedOn }), "plannedOn");
    }
    const [team, questions, answers] = await Promise.all([
      this.em.getRepository(FarmVisitMember).find({ where: { visitId: id } }),
      this.em
        .getRepository(VisitQuestion)
        .find({ where: { networkId: visit.networkId, active: true }, order: { position: "ASC" } }),
      this.em.getRepository(VisitAnswer).find({ where: { visitId: id } }),
    ]);
    const fields: Record<string, Msg> = {};
    const hasFarmer = team.some((m) => m.role === VisitMemberRole.farmer);
    const hasMember = team.some((m) => m.role === VisitMemberRole.member);
    if (!hasFarmer || !hasMember) {
      fields.team = t("farmVisit.teamNotMixed", {
        lacking: !hasFarmer && !hasMember ? "both" : !hasFarmer ? "farmer" : "member",
      });
    }
    const answered = new Set(answers.map((a) => a.questionId));
    const missing = questions.filter((q) => !answered.has(q.id));
    if (missing.length) {
      const list =
        missing
          .slice(0, 3)
          .map((q) => `« ${q.text} »`)
          .join(", ") + (missing.length > 3 ? "…" : "");
      fields.answers = t("farmVisit.gridUnanswered", { missingCount: missing.length, list });
    }
    if (Object.keys(fields).length) {
      const parts = Object.values(fields);
      throw new DomainError(
        "CONFLICT",
        t("farmVisit.visitCannotMarkedDone", { reasons: (l) => parts.map((p) => p[l]).join(" ") }),
        fields,
      );
    }
    visit.status = FarmVisitStatus.done;
    visit.completedOn = today();
    return this.repo.save(visit);
  }
}
