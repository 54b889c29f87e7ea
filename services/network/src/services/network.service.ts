import { EntityManager, FindOptionsWhere, In, IsNull, Like } from "typeorm";
import {
  applyPatch,
  Check,
  conflict,
  findPage,
  getOrThrow,
  Page,
  PageArgs,
  uuidv7,
  saveVersioned,
} from "@champ-commun/kit";
import { Network, NetworkLevel } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { CreateNetworkInput, NetworkFilter, UpdateNetworkInput } from "../inputs/network.input";
import { t } from "../i18n";

const WHAT = t("directory.network");

export class NetworkService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Network);
  }

  list(filter: NetworkFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Network>> {
    const where: FindOptionsWhere<Network> = {};
    if (filter.q) where.name = Like(`%${filter.q}%`);
    if (filter.ids) where.id = In(filter.ids);
    if (filter.parentId) where.parentId = filter.parentId;
    else if (filter.root) where.parentId = IsNull();
    return findPage(this.repo, where, args, ["name", "level", "createdAt"], { name: "ASC" });
  }

  get(id: string): Promise<Network> {
    return getOrThrow(this.repo, id, WHAT);
  }

  /** Every network id in the subtree rooted at `id` (the network and its sub-networks, any depth). */
  async subtreeIds(id: string): Promise<string[]> {
    const all = await this.repo.find({ select: { id: true, parentId: true } });
    const children = new Map<string, string[]>();
    for (const n of all) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    const out: string[] = [];
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      out.push(cur);
      stack.push(...(children.get(cur) ?? []));
    }
    return out;
  }

  /** The network and its ancestors up to the root: whose charters and grids apply to it. */
  async lineageIds(id: string): Promise<string[]> {
    const all = await this.repo.find({ select: { id: true, parentId: true } });
    const parentOf = new Map(all.map((n) => [n.id, n.parentId]));
    const out: string[] = [];
    for (let cur: string | null | undefined = id; cur && !out.includes(cur); cur = parentOf.get(cur)) out.push(cur);
    return out;
  }

  private async checkParent(check: Check, selfId: string | null, parentId: string | null | undefined): Promise<void> {
    if (!parentId) return;
    check.id("parentId", parentId);
    const parent = await this.repo.findOne({ where: { id: parentId } });
    if (!parent) return check.fail("parentId", t("network.parentNetworkDoesNot"));
    if (selfId && (await this.subtreeIds(selfId)).includes(parentId)) {
      check.fail("parentId", t("network.networkCannotNestedUnder"));
    }
  }

  async create(input: CreateNetworkInput): Promise<Network> {
    const check = new Check();
    const name = check.text("name", input.name, { required: true });
    const email = check.email("email", input.email);
    await this.checkParent(check, null, input.parentId);
    check.done();
    const network = this.repo.create({
      id: uuidv7(),
      name: name!,
      shortName: input.shortName?.trim() ?? "",
      level: input.level ?? NetworkLevel.regional,
      parentId: input.parentId ?? null,
      email: email ?? "",
      website: input.website?.trim() ?? "",
    });
    return this.repo.save(network);
  }

  async update(id: string, input: UpdateNetworkInput): Promise<Network> {
    const network = await this.get(id);
    const check = new Check();
    const name = check.text("name", input.name, { required: input.name !== undefined });
    const email = check.email("email", input.email);
    await this.checkParent(check, id, input.parentId);
    check.done();
    applyPatch(network, { ...input, name, email });
    return saveVersioned(this.repo, network, input.expectedVersion);
  }

  /** Refused while AMAPs or sub-networks are attached: they would be orphaned silently. */
  async delete(id: string): Promise<boolean> {
    const network = await this.get(id);
    const [children, amaps] = await Promise.all([
      this.repo.count({ where: { parentId: id } }),
      this.em.getRepository(Amap).count({ where: { networkId: id } }),
    ]);
    if (children || amaps) {
      throw conflict(t("network.stillHasChildren", { children, amaps }));
    }
    await this.repo.remove(network);
    return true;
  }
}
