import { EntityManager, FindOptionsWhere, In, Like, MoreThanOrEqual } from "typeorm";
import {
  Check,
  conflict,
  findPage,
  getOrThrow,
  isCalendarDate,
  Page,
  PageArgs,
  todayIn,
  uuidv7,
  DEFAULT_TIME_ZONE,
} from "@champ-commun/kit";
import { Announcement, AnnouncementKind, AnnouncementReply, AnnouncementStatus } from "../entities/announcement.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import {
  AnnouncementFieldsInput,
  AnnouncementFilter,
  CreateAnnouncementInput,
  ReplyToAnnouncementInput,
  UpdateAnnouncementInput,
} from "../inputs/announcement.input";
import { NetworkService } from "./network.service";
import { addYears, NO_AMAP, NO_FARM, NO_NETWORK, referenced, today } from "./checks";
import { t } from "../i18n";

const WHAT = t("announcement.announcement");

/** « Paysan cherche AMAP » / « AMAP cherche paysan »: short-lived announcements, answered through the tool. */
export class AnnouncementService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Announcement);
  }

  /** Open announcements not yet expired on `activeOn` (today in the default time zone). */
  async list(filter: AnnouncementFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Announcement>> {
    const base: FindOptionsWhere<Announcement> = { status: filter.status ?? AnnouncementStatus.open };
    if (filter.kind) base.kind = filter.kind;
    if (filter.networkId)
      base.networkId = filter.includeSubNetworks
        ? In(await new NetworkService(this.em).subtreeIds(filter.networkId))
        : filter.networkId;
    if (!filter.includeExpired) base.expiresOn = MoreThanOrEqual(filter.activeOn ?? today());
    const where = filter.q
      ? (["title", "body", "city"] as const).map((k) => ({ ...base, [k]: Like(`%${filter.q}%`) }))
      : base;
    return findPage(this.repo, where, args, ["createdAt", "expiresOn", "title"], { createdAt: "DESC" });
  }

  get(id: string): Promise<Announcement> {
    return getOrThrow(this.repo, id, WHAT);
  }

  /** Expiry: strictly after the creation date, at most one year after it. */
  private checkExpiry(check: Check, expiresOn: string | undefined, createdOn: string): void {
    if (!isCalendarDate(expiresOn)) return;
    const latest = addYears(createdOn, 1);
    if (expiresOn <= createdOn) {
      check.fail("expiresOn", t("announcement.announcementMustExpireAfter", { createdOn }));
    } else if (expiresOn > latest) {
      check.fail("expiresOn", t("announcement.announcementExpiresAtMost", { latest }));
    }
  }

  private checkFields(check: Check, input: AnnouncementFieldsInput, creating: boolean) {
    check.date("expiresOn", input.expiresOn, { required: creating });
    return {
      title: check.text("title", input.title, { required: creating || input.title !== undefined, max: 200 }),
      body: check.text("body", input.body, { required: creating || input.body !== undefined, max: 5000 }),
      city: check.text("city", input.city, { max: 120 }),
      productionTypes: input.productionTypes ? [...new Set(input.productionTypes)] : undefined,
    };
  }

  async create(input: CreateAnnouncementInput): Promise<Announcement> {
    const check = new Check();
    check.id("networkId", input.networkId, { required: true });
    const fields = this.checkFields(check, input, true);
    this.checkExpiry(check, input.expiresOn, today());
    // The author is the farm for « Paysan cherche AMAP », the AMAP for « AMAP cherche paysan ».
    const farmSeeks = input.kind === AnnouncementKind.farm_seeks_amap;
    const [own, other] = farmSeeks ? (["farmId", "amapId"] as const) : (["amapId", "farmId"] as const);
    if (!input[own]) {
      check.fail(own, t(farmSeeks ? "announcement.namesFarm" : "announcement.namesAmap"));
    } else check.id(own, input[own]);
    if (input[other]) {
      check.fail(other, t(farmSeeks ? "announcement.namesNoAmap" : "announcement.namesNoFarm"));
    }
    await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    const author = farmSeeks
      ? await referenced(this.em, Farm, check, "farmId", input.farmId, NO_FARM)
      : await referenced(this.em, Amap, check, "amapId", input.amapId, NO_AMAP);
    check.done();
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        networkId: input.networkId,
        kind: input.kind,
        farmId: farmSeeks ? input.farmId! : null,
        amapId: farmSeeks ? null : input.amapId!,
        title: fields.title!,
        body: fields.body!,
        productionTypes: fields.productionTypes ?? [],
        city: fields.city || author?.city || "",
        expiresOn: input.expiresOn,
        status: AnnouncementStatus.open,
      }),
    );
  }

  async update(id: string, input: UpdateAnnouncementInput): Promise<Announcement> {
    const announcement = await this.get(id);
    const check = new Check();
    const fields = this.checkFields(check, input, false);
    this.checkExpiry(check, input.expiresOn, todayIn(DEFAULT_TIME_ZONE, announcement.createdAt));
    check.done();
    if (announcement.status === AnnouncementStatus.closed) {
      throw conflict(t("announcement.announcementClosedPublishNew"), "status");
    }
    for (const [k, v] of Object.entries(fields))
      if (v !== undefined) (announcement as unknown as Record<string, unknown>)[k] = v;
    if (input.expiresOn) announcement.expiresOn = input.expiresOn;
    return this.repo.save(announcement);
  }

  async close(id: string): Promise<Announcement> {
    const announcement = await this.get(id);
    announcement.status = AnnouncementStatus.closed;
    return this.repo.save(announcement);
  }

  /** Stores a reply for the announcer; the replier learns nothing of the announcer's contact details. */
  async reply(id: string, input: ReplyToAnnouncementInput): Promise<AnnouncementReply> {
    const announcement = await this.get(id);
    const check = new Check();
    const name = check.text("name", input.name, { required: true, max: 200 });
    if (!input.email?.trim()) check.fail("email", t("announcement.fieldRequired"));
    const email = check.email("email", input.email);
    const message = check.text("message", input.message, { required: true, max: 5000 });
    check.done();
    if (announcement.status === AnnouncementStatus.closed || announcement.expiresOn < today()) {
      throw conflict(t("announcement.announcementClosedExpiredTakes"), "id");
    }
    const repo = this.em.getRepository(AnnouncementReply);
    return repo.save(
      repo.create({
        id: uuidv7(),
        networkId: announcement.networkId,
        announcementId: id,
        name: name!,
        email: email!,
        message: message!,
      }),
    );
  }
}
