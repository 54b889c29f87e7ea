import { EntityManager, FindOptionsWhere, In, Like } from "typeorm";
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
import { Place } from "../entities/place.entity";
import { Distribution } from "../entities/distribution.entity";
import { CreatePlaceInput, PlaceFieldsInput, PlaceFilter, UpdatePlaceInput } from "../inputs/place.input";
import { checkPostalCode, nullMeansUnchanged } from "./checks";
import { t } from "../i18n";

const WHAT = t("place.distributionPlace");

export class PlaceService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Place);
  }

  list(filter: PlaceFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Place>> {
    const base: FindOptionsWhere<Place> = {};
    if (filter.ids) base.id = In(filter.ids);
    if (filter.amapId) base.amapId = filter.amapId;
    const where = filter.q
      ? [
          { ...base, name: Like(`%${filter.q}%`) },
          { ...base, city: Like(`%${filter.q}%`) },
        ]
      : base;
    return findPage(this.repo, where, args, ["name", "city"], { name: "ASC" });
  }

  get(id: string): Promise<Place> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private validate(input: PlaceFieldsInput, creating: boolean): Check {
    const check = new Check();
    input.name = check.text("name", input.name, { required: creating || input.name !== undefined });
    input.address = check.text("address", input.address, { max: 300 });
    input.postalCode = checkPostalCode(check, input.postalCode);
    input.city = check.text("city", input.city, { max: 120 });
    check.latitude("latitude", input.latitude);
    check.longitude("longitude", input.longitude);
    input.hours = check.text("hours", input.hours, { max: 2000 });
    input.accessNotes = check.text("accessNotes", input.accessNotes, { max: 2000 });
    return check;
  }

  async create(input: CreatePlaceInput): Promise<Place> {
    const check = this.validate(input, true);
    check.id("amapId", input.amapId, { required: true });
    check.done();
    return this.repo.save(
      this.repo.create({
        id: uuidv7(),
        amapId: input.amapId,
        name: input.name,
        address: input.address ?? "",
        postalCode: input.postalCode ?? "",
        city: input.city ?? "",
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        hours: input.hours ?? "",
        accessNotes: input.accessNotes ?? "",
      }),
    );
  }

  async update(id: string, input: UpdatePlaceInput): Promise<Place> {
    const place = await this.get(id);
    this.validate(nullMeansUnchanged(input, ["latitude", "longitude"]), false).done();
    applyPatch(place, input as Partial<Place>);
    return saveVersioned(this.repo, place, input.expectedVersion);
  }

  /** A place that distributions still name is kept: they would lose where they happen. */
  async delete(id: string): Promise<boolean> {
    const place = await this.get(id);
    const used = await this.em.getRepository(Distribution).count({ where: { amapId: place.amapId, placeId: id } });
    if (used) {
      throw conflict(t("place.usedByDistributions", { used }));
    }
    await this.repo.delete({ id });
    return true;
  }
}
