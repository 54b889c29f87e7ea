import { EntityManager, In } from "typeorm";
import { applyPatch, Check, findPage, getOrThrow, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { VisitAnswer, VisitQuestion } from "../entities/visit-grid.entity";
import { FarmVisit } from "../entities/farm-visit.entity";
import { Network } from "../entities/network.entity";
import {
  CreateVisitQuestionInput,
  UpdateVisitQuestionInput,
  VisitAnswerInput,
  VisitQuestionFilter,
} from "../inputs/farm-visit.input";
import { CharterService } from "./charter.service";
import { assertVisitOpen, FarmVisitService } from "./farm-visit.service";
import { NO_NETWORK, referenced, whereFrom } from "./checks";
import { t } from "../i18n";

const WHAT = t("visitGrid.gridQuestion");

/** The SPG evaluation grid of a network (questions per charter principle) and the answers given during visits. */
export class VisitGridService {
  constructor(private readonly em: EntityManager) {}

  private get questions() {
    return this.em.getRepository(VisitQuestion);
  }

  listQuestions(filter: VisitQuestionFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<VisitQuestion>> {
    const where = whereFrom<VisitQuestion>(filter, ["networkId", "principleCode", "active"]);
    return findPage(this.questions, where, args, ["position", "principleCode", "createdAt"], { position: "ASC" });
  }

  getQuestion(id: string): Promise<VisitQuestion> {
    return getOrThrow(this.questions, id, WHAT);
  }

  /** A question evaluates a principle of a charter that applies to the network (its own, an ancestor's or the movement's). */
  private async checkPrinciple(check: Check, networkId: string, code: string | undefined): Promise<void> {
    if (!code) return;
    const versions = await new CharterService(this.em).applicableVersions(networkId);
    if (!versions.some((v) => v.principles.some((p) => p.code === code))) {
      check.fail("principleCode", t("visitGrid.notCodePrincipleNetwork", { code }));
    }
  }

  async createQuestion(input: CreateVisitQuestionInput): Promise<VisitQuestion> {
    const check = new Check();
    check.id("networkId", input.networkId, { required: true });
    const text = check.text("text", input.text, { required: true, max: 500 });
    const code = check.text("principleCode", input.principleCode, { required: true, max: 60 });
    check.int("position", input.position, { min: 0, max: 10_000 });
    const network = await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    if (network) await this.checkPrinciple(check, network.id, code);
    check.done();
    const last = await this.questions.maximum("position", { networkId: input.networkId });
    return this.questions.save(
      this.questions.create({
        id: uuidv7(),
        networkId: input.networkId,
        principleCode: code!,
        text: text!,
        position: input.position ?? (last ?? -1) + 1,
        active: true,
      }),
    );
  }

  async updateQuestion(id: string, input: UpdateVisitQuestionInput): Promise<VisitQuestion> {
    const question = await this.getQuestion(id);
    const check = new Check();
    const text = check.text("text", input.text, { required: input.text !== undefined, max: 500 });
    const code = check.text("principleCode", input.principleCode, {
      required: input.principleCode !== undefined,
      max: 60,
    });
    check.int("position", input.position, { min: 0, max: 10_000 });
    await this.checkPrinciple(check, question.networkId, code);
    check.done();
    applyPatch(question, {
      text,
      principleCode: code,
      position: input.position ?? undefined,
      active: input.active ?? undefined,
    });
    return this.questions.save(question);
  }

  /** Creates or replaces the visit's answers to the given questions (other answers are kept). */
  async answer(visitId: string, answers: VisitAnswerInput[]): Promise<FarmVisit> {
    const visit = await new FarmVisitService(this.em).get(visitId);
    const check = new Check();
    const seen = new Set<string>();
    answers.forEach((a, i) => {
      check.id(`answers.${i}.questionId`, a.questionId, { required: true });
      check.text(`answers.${i}.comment`, a.comment, { max: 2000 });
      if (seen.has(a.questionId)) check.fail(`answers.${i}.questionId`, t("visitGrid.questionAnsweredTwice"));
      seen.add(a.questionId);
    });
    const found = seen.size ? await this.questions.find({ where: { id: In([...seen]) } }) : [];
    const byId = new Map(found.map((q) => [q.id, q]));
    answers.forEach((a, i) => {
      const q = byId.get(a.questionId);
      if (!q || q.networkId !== visit.networkId) {
        check.fail(`answers.${i}.questionId`, t("visitGrid.questionNotGridNetwork"));
      } else if (!q.active) {
        check.fail(`answers.${i}.questionId`, t("visitGrid.questionWasWithdrawnFrom"));
      }
    });
    check.done();
    assertVisitOpen(visit, "visitId");
    await this.em.transaction(async (em) => {
      const repo = em.getRepository(VisitAnswer);
      const existing = seen.size ? await repo.find({ where: { visitId, questionId: In([...seen]) } }) : [];
      const byQuestion = new Map(existing.map((a) => [a.questionId, a]));
      const rows = answers.map((a) =>
        Object.assign(
          byQuestion.get(a.questionId) ??
            repo.create({ id: uuidv7(), networkId: visit.networkId, visitId, questionId: a.questionId }),
          {
            answer: a.answer,
            comment: a.comment?.trim() ?? "",
          },
        ),
      );
      if (rows.length) await repo.save(rows);
    });
    return visit;
  }
}
