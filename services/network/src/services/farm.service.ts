import { EntityManager, FindOptionsWhere, In, Like } from "typeorm";
import {
  applyPatch,
  Check,
  findPage,
  getOrThrow,
  inTransaction,
  insertMany,
  Page,
  PageArgs,
  uuidv7,
  saveVersioned,
} from "@champ-commun/kit";
import { Farm, FarmNetwork } from "../entities/farm.entity";
import { AmapStatus } from "../entities/amap.entity";
import { Network } from "../entities/network.entity";
import { CreateFarmInput, FarmFieldsInput, FarmFilter, UpdateFarmInput } from "../inputs/farm.input";
import { t } from "../i18n";

const WHAT = t("product.farm");

export class FarmService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Farm);
  }

  async list(filter: FarmFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Farm>> {
    const base: FindOptionsWhere<Farm> = {};
    let ids = filter.ids;
    if (filter.networkId) {
      const links = await this.em.getRepository(FarmNetwork).find({ where: { networkId: filter.networkId } });
      const inNetwork = links.map((l) => l.farmId);
      ids = ids ? ids.filter((id) => inNetwork.includes(id)) : inNetwork;
    }
    if (ids) base.id = In(ids);
    if (filter.status) base.status = filter.status;
    const where = filter.q
      ? [
          { ...base, name: Like(`%${filter.q}%`) },
          { ...base, city: Like(`%${filter.q}%`) },
        ]
      : base;
    return findPage(this.repo, where, args, ["name", "city", "status", "createdAt"], { name: "ASC" });
  }

  get(id: string): Promise<Farm> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private async validate(input: FarmFieldsInput, creating: boolean): Promise<void> {
    const check = new Check();
    input.name = check.text("name", input.name, { required: creating || input.name !== undefined });
    input.payeeName = check.text("payeeName", input.payeeName);
    input.siret = check.siret("siret", input.siret);
    input.email = check.email("email", input.email);
    check.latitude("latitude", input.latitude);
    check.longitude("longitude", input.longitude);
    if (input.networkIds?.length) {
      input.networkIds = [...new Set(input.networkIds)];
      const found = await this.em.getRepository(Network).count({ where: { id: In(input.networkIds) } });
      if (found !== input.networkIds.length) check.fail("networkIds", t("farm.oneNetworksDoesNot"));
    }
    check.done();
  }

  /** Replaces the farm's directory links (a new farm has none: no delete, so no gap lock to deadlock on). */
  private async setNetworks(farmId: string, networkIds: string[], isNew = false): Promise<void> {
    const repo = this.em.getRepository(FarmNetwork);
    if (!isNew) await repo.delete({ farmId });
    await insertMany(
      repo,
      networkIds.map((networkId) => ({ id: uuidv7(), farmId, networkId })),
    );
  }

  async create(input: CreateFarmInput): Promise<Farm> {
    await this.validate(input, true);
    return inTransaction(this.em, async (em) => {
      const farm = em.getRepository(Farm).create({
        id: uuidv7(),
        name: input.name,
        // Cheques are made out to the farm's name unless told otherwise.
        payeeName: input.payeeName || input.name,
        siret: input.siret ?? "",
        address: input.address?.trim() ?? "",
        postalCode: input.postalCode?.trim() ?? "",
        city: input.city?.trim() ?? "",
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        email: input.email ?? "",
        phone: input.phone?.trim() ?? "",
        productions: input.productions ?? [],
        labels: input.labels ?? [],
        status: input.status ?? AmapStatus.active,
      });
      await em.getRepository(Farm).save(farm);
      await new FarmService(em).setNetworks(farm.id, input.networkIds ?? [], true);
      return farm;
    });
  }

  async update(id: string, input: UpdateFarmInput): Promise<Farm> {
    await this.validate(input, false);
    return inTransaction(this.em, async (em) => {
      const farm = await new FarmService(em).get(id);
      const { networkIds, ...fields } = input;
      applyPatch(farm, fields as Partial<Farm>);
      const saved = await saveVersioned(em.getRepository(Farm), farm, input.expectedVersion);
      if (networkIds) await new FarmService(em).setNetworks(id, networkIds);
      return saved;
    });
  }
}
