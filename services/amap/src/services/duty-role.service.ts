import { EntityManager, FindOptionsWhere, In } from "typeorm";
import { applyPatch, saveVersioned, Check, findPage, getOrThrow, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { DutyRole } from "../entities/duty-role.entity";
import { CreateDutyRoleInput, DutyRoleFieldsInput, DutyRoleFilter, UpdateDutyRoleInput } from "../inputs/duty.input";
import { nullMeansUnchanged } from "./checks";
import { t } from "../i18n";

const WHAT = t("dutyRole.dutyRole");
const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), "fr", { sensitivity: "base" }) === 0;

/** The roles of an AMAP's duty roster: Accueil, Émargement, Installation… */
export class DutyRoleService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(DutyRole);
  }

  list(filter: DutyRoleFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<DutyRole>> {
    const where: FindOptionsWhere<DutyRole> = {};
    if (filter.ids) where.id = In(filter.ids);
    if (filter.amapId) where.amapId = filter.amapId;
    if (filter.active !== undefined && filter.active !== null) where.active = filter.active;
    return findPage(this.repo, where, args, ["position", "name"], { position: "ASC", name: "ASC" });
  }

  /** Checks the fields; a name is unique in the AMAP, whatever its case and accents. */
  private async validate(check: Check, amapId: string, input: DutyRoleFieldsInput, selfId?: string): Promise<void> {
    input.name = check.text("name", input.name, { required: input.name !== undefined, max: 100 });
    input.description = check.text("description", input.description, { max: 2000 });
    check.int("defaultSeats", input.defaultSeats, { min: 1, max: 50 });
    check.int("position", input.position, { min: 0, max: 1000 });
    if (input.name) {
      const others = await this.repo.find({ where: { amapId } });
      if (others.some((r) => r.id !== selfId && sameName(r.name, input.name!))) {
        check.fail("name", t("dutyRole.dutyRoleAlreadyHas"));
      }
    }
  }

  async create(input: CreateDutyRoleInput): Promise<DutyRole> {
    const check = new Check();
    if (check.id("amapId", input.amapId, { required: true })) await this.validate(check, input.amapId, input);
    check.text("name", input.name, { required: true });
    check.done();
    const last = await this.repo.findOne({ where: { amapId: input.amapId }, order: { position: "DESC" } });
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        amapId: input.amapId,
        name: input.name,
        description: input.description ?? "",
        defaultSeats: input.defaultSeats ?? 1,
        position: input.position ?? (last ? last.position + 1 : 0),
        active: true,
      }),
    );
  }

  async update(id: string, input: UpdateDutyRoleInput): Promise<DutyRole> {
    const role = await getOrThrow(this.repo, id, WHAT);
    const check = new Check();
    await this.validate(check, role.amapId, nullMeansUnchanged(input), role.id);
    check.done();
    applyPatch(role, input as Partial<DutyRole>);
    return saveVersioned(this.repo, role, input.expectedVersion);
  }
}
