import { EntityManager, FindOptionsWhere, In, Like } from "typeorm";
import {
  applyPatch,
  saveVersioned,
  Check,
  DEFAULT_TIME_ZONE,
  findPage,
  getOrThrow,
  isUuid,
  Page,
  PageArgs,
  uuidv7,
} from "@champ-commun/kit";
import { Amap, AmapStatus, RegistrationMode } from "../entities/amap.entity";
import { Network } from "../entities/network.entity";
import { AmapFieldsInput, AmapFilter, CreateAmapInput, UpdateAmapInput } from "../inputs/amap.input";
import { t } from "../i18n";

const WHAT = t("amap.amap");

export class AmapService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Amap);
  }

  list(filter: AmapFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Amap>> {
    const base: FindOptionsWhere<Amap> = {};
    if (filter.ids) base.id = In(filter.ids);
    if (filter.networkId) base.networkId = filter.networkId;
    if (filter.status) base.status = filter.status;
    if (filter.city) base.city = filter.city;
    // `q` searches name or city: an OR of two conditions sharing the other filters.
    const where = filter.q
      ? [
          { ...base, name: Like(`%${filter.q}%`) },
          { ...base, city: Like(`%${filter.q}%`) },
        ]
      : base;
    return findPage(this.repo, where, args, ["name", "city", "status", "createdAt"], { name: "ASC" });
  }

  /** Each AMAP's time zone, for the other subgraphs' calendars (ids beyond 500 are not read). */
  async timeZones(ids: string[]): Promise<Array<{ amapId: string; timeZone: string }>> {
    const wanted = [...new Set(ids.filter(isUuid))].slice(0, 500);
    const rows = wanted.length
      ? await this.repo.find({ select: { id: true, timeZone: true }, where: { id: In(wanted) } })
      : [];
    return rows.map((a) => ({ amapId: a.id, timeZone: a.timeZone }));
  }

  get(id: string): Promise<Amap> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private async validate(input: AmapFieldsInput, creating: boolean): Promise<Check> {
    const check = new Check();
    input.name = check.text("name", input.name, { required: creating || input.name !== undefined });
    input.rna = check.rna("rna", input.rna);
    input.siret = check.siret("siret", input.siret);
    input.email = check.email("email", input.email);
    input.city = check.text("city", input.city, { max: 120 });
    input.postalCode = check.text("postalCode", input.postalCode, { max: 10 });
    if (input.postalCode && !/^\d{5}$/.test(input.postalCode)) check.fail("postalCode", t("amap.frenchPostalCode5"));
    check.latitude("latitude", input.latitude);
    check.longitude("longitude", input.longitude);
    check.timeZone("timeZone", input.timeZone);
    if (input.networkId) {
      check.id("networkId", input.networkId);
      if (!(await this.em.getRepository(Network).exists({ where: { id: input.networkId } }))) {
        check.fail("networkId", t("amap.networkDoesNotExist"));
      }
    }
    return check;
  }

  async create(input: CreateAmapInput): Promise<Amap> {
    (await this.validate(input, true)).done();
    const amap = this.repo.create({
      id: uuidv7(),
      name: input.name,
      networkId: input.networkId ?? null,
      rna: input.rna ?? "",
      siret: input.siret ?? "",
      address: input.address?.trim() ?? "",
      postalCode: input.postalCode ?? "",
      city: input.city ?? "",
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      email: input.email ?? "",
      phone: input.phone?.trim() ?? "",
      website: input.website?.trim() ?? "",
      registrationMode: input.registrationMode ?? RegistrationMode.open,
      status: input.status ?? AmapStatus.active,
      timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
    });
    return this.repo.save(amap);
  }

  async update(id: string, input: UpdateAmapInput): Promise<Amap> {
    const amap = await this.get(id);
    (await this.validate(input, false)).done();
    applyPatch(amap, input as Partial<Amap>);
    return saveVersioned(this.repo, amap, input.expectedVersion);
  }

  /**
   * An AMAP is closed, not deleted: its history (memberships, contracts) lives in other
   * subgraphs and must stay consistent. Erasure on leaving is the data-export issue's job.
   */
  async close(id: string): Promise<Amap> {
    const amap = await this.get(id);
    amap.status = AmapStatus.closed;
    amap.registrationMode = RegistrationMode.closed;
    return this.repo.save(amap);
  }
}
