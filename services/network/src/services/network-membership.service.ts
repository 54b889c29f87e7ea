import { EntityManager, FindOptionsWhere, In } from "typeorm";
import { recordNetworkAudit } from "../audit/network-audit";
import {
  applyPatch,
  saveVersioned,
  Check,
  conflict,
  findPage,
  getOrThrow,
  Page,
  PageArgs,
  uuidv7,
} from "@champ-commun/kit";
import { NetworkMemberKind, NetworkMembership, NetworkMembershipStatus } from "../entities/network-membership.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import {
  CreateNetworkMembershipInput,
  NetworkMembershipFilter,
  UpdateNetworkMembershipInput,
} from "../inputs/network-membership.input";
import { t } from "../i18n";

const WHAT = t("networkMembership.networkMembership");

export class NetworkMembershipService {
  constructor(
    private readonly em: EntityManager,
    /** Who acts, for the audit trail. */
    private readonly actorId: string | null = null,
  ) {}

  private get repo() {
    return this.em.getRepository(NetworkMembership);
  }

  list(filter: NetworkMembershipFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<NetworkMembership>> {
    const where: FindOptionsWhere<NetworkMembership> = {};
    if (filter.ids) where.id = In(filter.ids);
    for (const k of ["networkId", "year", "memberKind", "amapId", "farmId", "status"] as const) {
      if (filter[k] !== undefined && filter[k] !== null) (where as Record<string, unknown>)[k] = filter[k];
    }
    return findPage(this.repo, where, args, ["year", "status", "amountCents", "createdAt"], { year: "DESC" });
  }

  get(id: string): Promise<NetworkMembership> {
    return getOrThrow(this.repo, id, WHAT);
  }

  async create(input: CreateNetworkMembershipInput): Promise<NetworkMembership> {
    const check = new Check();
    check.id("networkId", input.networkId, { required: true });
    check.int("year", input.year, { min: 2000, max: 2100, required: true });
    check.cents("amountCents", input.amountCents, { required: true });
    check.date("charterSignedOn", input.charterSignedOn);
    if (!!input.amapId === !!input.farmId) check.fail("amapId", t("networkMembership.giveEitherAmapFarm"));
    check.done();
    await getOrThrow(this.em.getRepository(Network), input.networkId, t("directory.network"));
    if (input.amapId) await getOrThrow(this.em.getRepository(Amap), input.amapId, t("amap.amap"));
    if (input.farmId) await getOrThrow(this.em.getRepository(Farm), input.farmId, t("product.farm"));
    const existing = await this.repo.findOne({
      where: {
        networkId: input.networkId,
        year: input.year,
        ...(input.amapId ? { amapId: input.amapId } : { farmId: input.farmId }),
      },
    });
    if (existing && existing.status !== NetworkMembershipStatus.cancelled) {
      throw conflict(t("networkMembership.membershipAlreadyExists", { year: input.year }), "year");
    }
    // A money record: written with its audit entry, or not at all.
    return this.em.transaction(async (em) => {
      const repo = em.getRepository(NetworkMembership);
      const m = await repo.save(
        repo.create({
          id: uuidv7(),
          networkId: input.networkId,
          year: input.year,
          memberKind: input.amapId ? NetworkMemberKind.amap : NetworkMemberKind.farm,
          amapId: input.amapId ?? null,
          farmId: input.farmId ?? null,
          amountCents: input.amountCents,
          status: input.status ?? NetworkMembershipStatus.pending,
          charterSignedOn: input.charterSignedOn ?? null,
        }),
      );
      await recordNetworkAudit(em, {
        networkId: m.networkId,
        actorId: this.actorId,
        entity: "NetworkMembership",
        entityId: m.id,
        action: "create",
        before: null,
        after: m,
      });
      return m;
    });
  }

  async update(id: string, input: UpdateNetworkMembershipInput): Promise<NetworkMembership> {
    const m = await this.get(id);
    const check = new Check();
    check.cents("amountCents", input.amountCents);
    check.date("charterSignedOn", input.charterSignedOn);
    check.done();
    const before = { ...m };
    applyPatch(m, input as Partial<NetworkMembership>);
    return this.em.transaction(async (em) => {
      const saved = await saveVersioned(em.getRepository(NetworkMembership), m, input.expectedVersion);
      await recordNetworkAudit(em, {
        networkId: saved.networkId,
        actorId: this.actorId,
        entity: "NetworkMembership",
        entityId: saved.id,
        action: "update",
        before,
        after: saved,
      });
      return saved;
    });
  }
}
