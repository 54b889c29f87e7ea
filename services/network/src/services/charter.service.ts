import { EntityManager, FindOptionsWhere, In, IsNull } from "typeorm";
import { Check, conflict, findPage, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { CharterCommitment, CharterVersion } from "../entities/charter.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import {
  CharterCommitmentFilter,
  CharterVersionFilter,
  CommitToCharterInput,
  CreateCharterVersionInput,
} from "../inputs/charter.input";
import { NetworkService } from "./network.service";
import { CHARTER_2014 } from "./charter-2014";
import { dateRange, NO_AMAP, NO_FARM, NO_NETWORK, referenced, today, whereFrom } from "./checks";
import { t } from "../i18n";

const CODE_RE = /^[a-z][a-z0-9_]{1,59}$/;

export class CharterService {
  constructor(private readonly em: EntityManager) {}

  private get versions() {
    return this.em.getRepository(CharterVersion);
  }

  private get commitments() {
    return this.em.getRepository(CharterCommitment);
  }

  /** Seeds the movement-wide Charte des AMAP (2014) when absent; safe to call at every start. */
  async ensureDefaultCharter(): Promise<CharterVersion> {
    const existing = await this.versions.findOne({ where: { id: CHARTER_2014.id } });
    if (existing) return existing;
    try {
      await this.versions.insert({ ...CHARTER_2014, networkId: null, principles: [...CHARTER_2014.principles] });
    } catch (err) {
      // Another process seeded it between our read and our insert.
      if (!(await this.versions.exists({ where: { id: CHARTER_2014.id } }))) throw err;
    }
    return this.versions.findOneOrFail({ where: { id: CHARTER_2014.id } });
  }

  /** Charters that apply to a network: movement-wide ones and those of the network or its ancestors. */
  async applicableVersions(networkId: string): Promise<CharterVersion[]> {
    const lineage = await new NetworkService(this.em).lineageIds(networkId);
    return this.versions.find({
      where: [{ networkId: IsNull() }, { networkId: In(lineage) }],
      order: { adoptedOn: "DESC" },
    });
  }

  listVersions(filter: CharterVersionFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<CharterVersion>> {
    let where: FindOptionsWhere<CharterVersion>[] | FindOptionsWhere<CharterVersion> = {};
    if (filter.networkId) {
      where = [{ networkId: filter.networkId }];
      if (filter.includeMovementWide !== false) where.push({ networkId: IsNull() });
    }
    return findPage(this.versions, where, args, ["title", "adoptedOn", "createdAt"], { adoptedOn: "DESC" });
  }

  async createVersion(input: CreateCharterVersionInput): Promise<CharterVersion> {
    const check = new Check();
    const title = check.text("title", input.title, { required: true });
    const text = check.text("text", input.text, { required: true, max: 60_000 });
    check.date("adoptedOn", input.adoptedOn, { required: true });
    check.id("networkId", input.networkId);
    if (!input.principles?.length) check.fail("principles", t("charter.giveAtLeastOne"));
    const codes = new Set<string>();
    input.principles?.forEach((p, i) => {
      if (!CODE_RE.test(p.code)) check.fail(`principles.${i}.code`, t("charter.codeLowerCaseLetters"));
      else if (codes.has(p.code))
        check.fail(`principles.${i}.code`, t("charter.codeUsedTwiceCharter", { code: p.code }));
      codes.add(p.code);
      check.text(`principles.${i}.title`, p.title, { required: true, max: 300 });
    });
    if (input.networkId) await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    check.done();
    return this.versions.save(
      this.versions.create({
        id: uuidv7(),
        networkId: input.networkId ?? null,
        title: title!,
        adoptedOn: input.adoptedOn,
        text: text!,
        principles: input.principles.map((p) => ({ code: p.code, title: p.title.trim() })),
      }),
    );
  }

  listCommitments(
    filter: CharterCommitmentFilter = {},
    args: Partial<PageArgs> = {},
  ): Promise<Page<CharterCommitment>> {
    const where = whereFrom<CharterCommitment>(filter, ["networkId", "charterVersionId", "amapId", "farmId"]);
    if (filter.ids) where.id = In(filter.ids);
    const committedOn = dateRange(filter.from, filter.to);
    if (committedOn) where.committedOn = committedOn;
    return findPage(this.commitments, where, args, ["committedOn", "createdAt"], { committedOn: "DESC" });
  }

  /** Records that an AMAP or a farm (exactly one) signed a charter that applies to the network. */
  async commit(input: CommitToCharterInput): Promise<CharterCommitment> {
    const check = new Check();
    check.id("charterVersionId", input.charterVersionId, { required: true });
    check.id("networkId", input.networkId, { required: true });
    check.id("amapId", input.amapId);
    check.id("farmId", input.farmId);
    check.date("committedOn", input.committedOn, { required: true });
    if (!!input.amapId === !!input.farmId) {
      const msg = t("charter.eitherAmapOrFarm");
      check.fail("amapId", msg);
      check.fail("farmId", msg);
    }
    if (input.committedOn > today()) check.fail("committedOn", t("charter.signatureDateCannotFuture"));
    await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    if (input.amapId) await referenced(this.em, Amap, check, "amapId", input.amapId, NO_AMAP);
    if (input.farmId) await referenced(this.em, Farm, check, "farmId", input.farmId, NO_FARM);
    const version = await referenced(
      this.em,
      CharterVersion,
      check,
      "charterVersionId",
      input.charterVersionId,
      t("charter.charterVersionDoesNot"),
    );
    if (
      version &&
      version.networkId &&
      !(await new NetworkService(this.em).lineageIds(input.networkId)).includes(version.networkId)
    ) {
      check.fail("charterVersionId", t("charter.charterBelongsAnotherNetwork"));
    }
    if (version && input.committedOn < version.adoptedOn) {
      check.fail("committedOn", t("charter.charterWasOnlyAdopted", { adoptedOn: version.adoptedOn }));
    }
    check.done();
    const who = input.amapId ? { amapId: input.amapId } : { farmId: input.farmId! };
    if (
      await this.commitments.exists({
        where: { charterVersionId: input.charterVersionId, networkId: input.networkId, ...who },
      })
    ) {
      throw conflict(t("charter.commitmentCharterAlreadyRecorded"), "charterVersionId");
    }
    return this.commitments.save(
      this.commitments.create({
        id: uuidv7(),
        networkId: input.networkId,
        charterVersionId: input.charterVersionId,
        amapId: input.amapId ?? null,
        farmId: input.farmId ?? null,
        committedOn: input.committedOn,
      }),
    );
  }
}
