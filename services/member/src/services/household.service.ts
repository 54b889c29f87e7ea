import { EntityManager, In, SelectQueryBuilder } from "typeorm";
import {
  applyPatch,
  saveVersioned,
  Check,
  conflict,
  getOrThrow,
  Page,
  PageArgs,
  pageOptions,
  uuidv7,
} from "@champ-commun/kit";
import { Household, HouseholdStatus } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import {
  CreateHouseholdInput,
  HouseholdChangesInput,
  HouseholdFilter,
  PersonChangesInput,
  PersonInput,
} from "../inputs/household.input";
import { t } from "../i18n";

const WHAT = t("household.household");
const PERSON = t("household.person");
const SORTABLE = ["displayName", "status", "createdAt"] as const;

export class HouseholdService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Household);
  }

  /** Households matching a filter; `q` also finds a household by its people's names or e-mails. */
  private filtered(filter: HouseholdFilter = {}): SelectQueryBuilder<Household> {
    const qb = this.repo.createQueryBuilder("h");
    if (filter.amapId) qb.andWhere("h.amapId = :amapId", { amapId: filter.amapId });
    if (filter.ids) qb.andWhere(filter.ids.length ? "h.id IN (:...ids)" : "1 = 0", { ids: filter.ids });
    if (filter.status) qb.andWhere("h.status = :status", { status: filter.status });
    if (filter.q?.trim()) {
      const people = qb
        .subQuery()
        .select("p.householdId")
        .from(Person, "p")
        .where("p.amapId = h.amapId AND (p.lastName LIKE :q OR p.firstName LIKE :q OR p.email LIKE :q)")
        .getQuery();
      qb.andWhere(`(h.displayName LIKE :q OR h.id IN ${people})`, { q: `%${filter.q.trim()}%` });
    }
    return qb;
  }

  async list(filter: HouseholdFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Household>> {
    const { skip, take, order } = pageOptions(args, SORTABLE, { displayName: "ASC" });
    const qb = this.filtered(filter).skip(skip).take(take);
    for (const [k, dir] of Object.entries(order)) qb.addOrderBy(`h.${k}`, dir);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * The same page of households for several AMAPs at once (federation's `Amap.households`): one
   * count and one ranked query whatever the number of AMAPs, then the households by id.
   */
  async pagesByAmap(
    amapIds: string[],
    filter: HouseholdFilter = {},
    args: Partial<PageArgs> = {},
  ): Promise<Map<string, Page<Household>>> {
    const { skip, take, order } = pageOptions(args, SORTABLE, { displayName: "ASC" });
    const pages = new Map<string, Page<Household>>(amapIds.map((id) => [id, { items: [], total: 0 }]));
    if (!amapIds.length) return pages;
    const scoped = () =>
      this.filtered({ ...filter, amapId: undefined }).andWhere("h.amapId IN (:...amapIds)", { amapIds });
    const counts = await scoped()
      .select("h.amapId", "amapId")
      .addSelect("COUNT(*)", "n")
      .groupBy("h.amapId")
      .getRawMany<{ amapId: string; n: string | number }>();
    for (const c of counts) pages.get(c.amapId)!.total = Number(c.n);
    const orderSql = Object.entries(order)
      .map(([k, dir]) => `h.${k} ${dir}`)
      .join(", ");
    const ranked = scoped()
      .select("h.id", "id")
      .addSelect("h.amapId", "amapId")
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY h.amapId ORDER BY ${orderSql})`, "rn");
    const rows = await this.em
      .createQueryBuilder()
      .select("t.id", "id")
      .addSelect("t.amapId", "amapId")
      .addSelect("t.rn", "rn")
      .from(`(${ranked.getQuery()})`, "t")
      .setParameters(ranked.getParameters())
      .where("t.rn > :lo AND t.rn <= :hi", { lo: skip, hi: skip + take })
      .getRawMany<{ id: string; amapId: string; rn: string | number }>();
    if (!rows.length) return pages;
    const byId = new Map((await this.repo.find({ where: { id: In(rows.map((r) => r.id)) } })).map((h) => [h.id, h]));
    rows.sort((a, b) => Number(a.rn) - Number(b.rn));
    for (const r of rows) pages.get(r.amapId)!.items.push(byId.get(r.id)!);
    return pages;
  }

  get(id: string): Promise<Household> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private checkPerson(check: Check, at: string, p: Partial<PersonInput>, creating: boolean): void {
    p.firstName = check.text(`${at}firstName`, p.firstName, { max: 100 });
    p.lastName = check.text(`${at}lastName`, p.lastName, { required: creating || p.lastName !== undefined, max: 100 });
    p.email = check.email(`${at}email`, p.email);
    p.phone = check.text(`${at}phone`, p.phone, { max: 40 });
  }

  async create(input: CreateHouseholdInput): Promise<Household> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    input.displayName = check.text("displayName", input.displayName, { max: 200 });
    input.address = check.text("address", input.address, { max: 300 });
    input.notes = check.text("notes", input.notes, { max: 2000 });
    const people = input.people ?? [];
    if (!people.length) check.fail("people", t("household.householdHasAtLeast"));
    people.forEach((p, i) => this.checkPerson(check, `people.${i}.`, p, true));
    const primaries = people.map((p, i) => (p.isPrimary ? i : -1)).filter((i) => i >= 0);
    if (primaries.length > 1) check.fail(`people.${primaries[1]}.isPrimary`, t("household.onlyOnePrimaryContact"));
    check.done();
    const primary = primaries[0] ?? 0;
    const lead = people[primary];
    return this.em.transaction(async (em) => {
      const household = em.getRepository(Household).create({
        id: uuidv7(),
        amapId: input.amapId,
        displayName: input.displayName || [lead.lastName, lead.firstName].filter(Boolean).join(" "),
        status: input.status ?? HouseholdStatus.active,
        address: input.address ?? "",
        notes: input.notes ?? "",
      });
      await em.getRepository(Household).save(household);
      await em.getRepository(Person).insert(people.map((p, i) => this.newPerson(household, p, i === primary)));
      return household;
    });
  }

  private newPerson(household: Household, p: PersonInput, isPrimary: boolean): Partial<Person> {
    return {
      id: uuidv7(),
      amapId: household.amapId,
      householdId: household.id,
      firstName: p.firstName ?? "",
      lastName: p.lastName,
      email: p.email ?? "",
      phone: p.phone ?? "",
      isPrimary,
    };
  }

  async update(id: string, input: HouseholdChangesInput): Promise<Household> {
    const household = await this.get(id);
    const check = new Check();
    input.displayName = check.text("displayName", input.displayName, {
      required: input.displayName !== undefined,
      max: 200,
    });
    input.address = check.text("address", input.address, { max: 300 });
    input.notes = check.text("notes", input.notes, { max: 2000 });
    check.done();
    applyPatch(household, input as Partial<Household>);
    return saveVersioned(this.repo, household, input.expectedVersion);
  }

  async addPerson(householdId: string, input: PersonInput): Promise<Person> {
    const check = new Check();
    this.checkPerson(check, "", input, true);
    check.done();
    return this.em.transaction(async (em) => {
      const household = await new HouseholdService(em).get(householdId);
      if (input.isPrimary) await em.getRepository(Person).update({ householdId }, { isPrimary: false });
      const person = em.getRepository(Person).create(this.newPerson(household, input, !!input.isPrimary));
      return em.getRepository(Person).save(person);
    });
  }

  async updatePerson(id: string, input: PersonChangesInput): Promise<Person> {
    const check = new Check();
    this.checkPerson(check, "", input, false);
    check.done();
    return this.em.transaction(async (em) => {
      const person = await getOrThrow(em.getRepository(Person), id, PERSON);
      if (input.isPrimary === false && person.isPrimary) {
        throw conflict(t("household.makeSomeoneElsePrimary"), "isPrimary");
      }
      if (input.isPrimary && !person.isPrimary)
        await em.getRepository(Person).update({ householdId: person.householdId }, { isPrimary: false });
      applyPatch(person, input as Partial<Person>);
      return em.getRepository(Person).save(person);
    });
  }

  /** Removes a person; a household keeps at least one, and a primary contact. */
  async removePerson(id: string): Promise<boolean> {
    return this.em.transaction(async (em) => {
      const repo = em.getRepository(Person);
      const person = await getOrThrow(repo, id, PERSON);
      const others = (
        await repo.find({ where: { householdId: person.householdId }, order: { createdAt: "ASC", id: "ASC" } })
      ).filter((p) => p.id !== id);
      if (!others.length) throw conflict(t("household.householdKeepsAtLeast"), "id");
      await repo.delete({ id });
      if (person.isPrimary) await repo.update({ id: others[0].id }, { isPrimary: true });
      return true;
    });
  }
}
