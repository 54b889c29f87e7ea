import { EntityManager, FindOptionsWhere, In, LessThan, ObjectLiteral, Repository } from "typeorm";
import {
  conflict,
  defaultZones,
  DomainError,
  getOrThrow,
  Msg,
  spokenDate,
  todayIn,
  type AmapZones,
} from "@champ-commun/kit";
import { ContractTemplate, ContractTemplateStatus } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { Distribution } from "../entities/distribution.entity";
import { deliverySpan, distributionsOfTemplate } from "./deliveries";
import { paymentTermsProblems } from "./payment-terms.rules";
import { recordEvent } from "../outbox/events";
import { t } from "../i18n";

// Life cycle of a contract template: draft → open (subscriptions) → closed (farmer countersigns)
// → running → finished → archived. Each step has one allowed origin; the calendar moves a
// template on by itself when its subscription window ends and when its first delivery comes.

export const TEMPLATE = t("templateStatus.contractTemplate");

type Action = { fr: string; en: string };
const OPEN: Action = t("templateStatus.openSubscriptions");
const CLOSE: Action = t("templateStatus.closeSubscriptions");
const START: Action = t("templateStatus.startSeason");
const FINISH: Action = t("templateStatus.finishSeason");
const ARCHIVE: Action = t("templateStatus.archiveContract");

/** A refused step: CONFLICT naming the action, on the fields at fault. */
function refuse(action: Action, because: Msg, fields: Record<string, Msg> | string): DomainError {
  const msg = t("templateStatus.cannot", { action: (l) => action[l], because: (l) => because[l] });
  return typeof fields === "string" ? conflict(msg, fields) : new DomainError("CONFLICT", msg, fields);
}

export class TemplateStatusService {
  /** `now` is when the request happens: tests pass another day; `zones` gives each AMAP's calendar. */
  constructor(
    private readonly em: EntityManager,
    private readonly now: Date = new Date(),
    private readonly zones: AmapZones = defaultZones,
  ) {}

  private get repo() {
    return this.em.getRepository(ContractTemplate);
  }

  /** Today in the AMAP's time zone. */
  private async today(amapId: string): Promise<string> {
    return todayIn(await this.zones.of(amapId), this.now);
  }

  /** Loads the template and refuses a step that does not start from its one allowed status. */
  private async from(id: string, from: ContractTemplateStatus, action: Action): Promise<ContractTemplate> {
    const template = await getOrThrow(this.repo, id, TEMPLATE);
    if (template.status !== from) {
      throw refuse(action, t("templateStatus.contractMust", { from, status: template.status }), "status");
    }
    return template;
  }

  private async moveTo(template: ContractTemplate, status: ContractTemplateStatus): Promise<ContractTemplate> {
    template.status = status;
    return this.repo.save(template);
  }

  /**
   * Opens subscriptions. Members must find something to sign (a product, a delivery that still
   * happens), payment terms that hold together, and a subscription window not already over.
   */
  async open(id: string): Promise<ContractTemplate> {
    const template = await this.from(id, ContractTemplateStatus.draft, OPEN);
    const lines = await this.em.getRepository(TemplateLine).count({ where: { templateId: id } });
    const distributions = await distributionsOfTemplate(this.em, id);
    if (!lines || !deliverySpan(distributions)) {
      const because = t("templateStatus.contractNeedsAtLeast");
      throw refuse(OPEN, because, lines ? "distributionIds" : "lines");
    }
    const problems = paymentTermsProblems(template, distributions);
    if (template.subscriptionClosesOn && template.subscriptionClosesOn < (await this.today(template.amapId))) {
      problems.subscriptionClosesOn = t("templateStatus.subscriptionClosingDateHas", {
        subscriptionClosesOn: (l) => spokenDate(template.subscriptionClosesOn!, l),
      });
    }
    const first = Object.values(problems)[0];
    if (first) throw refuse(OPEN, { fr: lowerFirst(first.fr), en: lowerFirst(first.en) }, problems);
    // Opened and announced together: the member subgraph tells the AMAP's members (outbox/events.ts).
    return this.em.transaction(async (em) => {
      template.status = ContractTemplateStatus.open;
      const saved = await em.getRepository(ContractTemplate).save(template);
      const payload = {
        templateId: template.id,
        amapId: template.amapId,
        farmId: template.farmId,
        templateName: template.name,
        closesOn: template.subscriptionClosesOn,
      };
      await recordEvent(em, "template_opened", template.id, template.amapId, payload);
      return saved;
    });
  }

  /** Closes subscriptions, so the farmer can countersign. */
  async close(id: string): Promise<ContractTemplate> {
    return this.moveTo(await this.from(id, ContractTemplateStatus.open, CLOSE), ContractTemplateStatus.closed);
  }

  /** Starts the season by hand (the calendar does it on the first delivery date: see `advanceByCalendar`). */
  async start(id: string): Promise<ContractTemplate> {
    return this.moveTo(await this.from(id, ContractTemplateStatus.closed, START), ContractTemplateStatus.running);
  }

  /** Finishes the season, once the last delivery that still happens has come. */
  async finish(id: string): Promise<ContractTemplate> {
    const template = await this.from(id, ContractTemplateStatus.running, FINISH);
    const span = deliverySpan(await distributionsOfTemplate(this.em, id));
    if (span && span.last > (await this.today(template.amapId))) {
      throw refuse(FINISH, t("templateStatus.lastDeliveryHasNot", { last: span.last }), "status");
    }
    return this.moveTo(template, ContractTemplateStatus.finished);
  }

  /** Archives a finished template: it stays for history and for the next season's renewal. */
  async archive(id: string): Promise<ContractTemplate> {
    return this.moveTo(await this.from(id, ContractTemplateStatus.finished, ARCHIVE), ContractTemplateStatus.archived);
  }

  /**
   * The calendar's steps, for every AMAP (or one): open templates whose subscription window has
   * ended are closed; closed templates whose first delivery has come start running. Each update
   * names the status it leaves, so running it twice, or from two processes, changes nothing more.
   */
  async advanceByCalendar(amapId?: string): Promise<{ closed: string[]; started: string[] }> {
    const scope: FindOptionsWhere<ContractTemplate> = amapId ? { amapId } : {};
    // SQL narrows to the earliest world's today; each template is then judged by its AMAP's own.
    const latest = todayIn(EARLIEST_ZONE, this.now);
    const candidates = await this.repo.find({
      where: { ...scope, status: ContractTemplateStatus.open, subscriptionClosesOn: LessThan(latest) },
    });
    const todays = await this.todaysOf(candidates.map((t) => t.amapId));
    const closed = candidates.filter((t) => t.subscriptionClosesOn! < todays.get(t.amapId)!).map((t) => t.id);
    if (closed.length)
      await this.repo.update(
        { id: In(closed), status: ContractTemplateStatus.open },
        { status: ContractTemplateStatus.closed },
      );

    const closedTemplates = await this.repo.find({ where: { ...scope, status: ContractTemplateStatus.closed } });
    const waiting = closedTemplates.map((t) => t.id);
    const amapOf = new Map(closedTemplates.map((t) => [t.id, t.amapId]));
    const waitingTodays = await this.todaysOf([...amapOf.values()]);
    const links = await findIn(this.em.getRepository(TemplateDistribution), "templateId", waiting);
    const distributions = await findIn(this.em.getRepository(Distribution), "id", [
      ...new Set(links.map((l) => l.distributionId)),
    ]);
    const byId = new Map(distributions.map((d) => [d.id, d]));
    const started = waiting.filter((templateId) => {
      const span = deliverySpan(
        links
          .filter((l) => l.templateId === templateId)
          .map((l) => byId.get(l.distributionId)!)
          .filter(Boolean),
      );
      return span !== null && span.first <= waitingTodays.get(amapOf.get(templateId)!)!;
    });
    if (started.length)
      await this.repo.update(
        { id: In(started), status: ContractTemplateStatus.closed },
        { status: ContractTemplateStatus.running },
      );
    return { closed, started };
  }

  /** Today in each AMAP's time zone (their zones asked together). */
  private async todaysOf(amapIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(amapIds)];
    const todays = await Promise.all(ids.map((id) => this.today(id)));
    return new Map(ids.map((id, i) => [id, todays[i]]));
  }
}

/** The zone where a day starts first (UTC+14, Kiribati): no AMAP's today is later than its. */
const EARLIEST_ZONE = "Pacific/Kiritimati";

/** Rows whose column is in a long list of keys, a few hundred keys per statement. */
async function findIn<T extends ObjectLiteral>(repo: Repository<T>, column: string, keys: string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < keys.length; i += 500)
    rows.push(...(await repo.find({ where: { [column]: In(keys.slice(i, i + 500)) } as never })));
  return rows;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
