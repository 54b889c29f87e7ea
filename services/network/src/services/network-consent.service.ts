import { EntityManager, In } from "typeorm";
import { Check, uuidv7 } from "@champ-commun/kit";
import { Amap } from "../entities/amap.entity";
import { NetworkConsent } from "../entities/network-consent.entity";
import { t } from "../i18n";

export type ConsentKind = "directory" | "partnerships" | "statistics";

/**
 * Before an AMAP decides: its directory entry, which the network itself keeps and publishes, stays
 * listed until the AMAP withdraws it; what comes from the AMAP's own activity (its partnerships,
 * its figures) flows up only once it agrees.
 */
export const CONSENT_DEFAULTS: Record<ConsentKind, boolean> = {
  directory: true,
  partnerships: false,
  statistics: false,
};

export interface SetConsent {
  amapId: string;
  directory: boolean;
  partnerships: boolean;
  statistics: boolean;
}

export class NetworkConsentService {
  constructor(private readonly em: EntityManager) {}

  /** The latest choice of each AMAP (the defaults, undated, for those that never chose). */
  async current(amapIds: string[]): Promise<Map<string, NetworkConsent>> {
    const out = new Map<string, NetworkConsent>();
    const rows = amapIds.length
      ? await this.em.getRepository(NetworkConsent).find({ where: { amapId: In(amapIds) }, order: { id: "ASC" } })
      : [];
    for (const r of rows) out.set(r.amapId, r);
    for (const amapId of amapIds)
      if (!out.has(amapId))
        out.set(
          amapId,
          Object.assign(new NetworkConsent(), {
            id: `default:${amapId}`,
            amapId,
            ...CONSENT_DEFAULTS,
            decidedBy: null,
            decidedAt: null,
          }),
        );
    return out;
  }

  /** The AMAPs among these that let the network see this. */
  async allowed(amapIds: string[], kind: ConsentKind): Promise<Set<string>> {
    const current = await this.current(amapIds);
    return new Set(amapIds.filter((id) => current.get(id)![kind]));
  }

  /** An AMAP's admin decides; the choice is kept with who and when. */
  async set(input: SetConsent, actorId: string | null, now = new Date()): Promise<NetworkConsent> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    for (const k of ["directory", "partnerships", "statistics"] as const)
      if (typeof input[k] !== "boolean") check.fail(k, t("networkConsent.yesNoExpected"));
    check.done();
    if (!(await this.em.getRepository(Amap).exists({ where: { id: input.amapId } })))
      check.fail("amapId", t("checks.amapDoesNotExist"));
    check.done();
    const row = this.em.getRepository(NetworkConsent).create({
      id: uuidv7(),
      amapId: input.amapId,
      directory: input.directory,
      partnerships: input.partnerships,
      statistics: input.statistics,
      decidedBy: actorId,
      decidedAt: now,
    });
    await this.em.getRepository(NetworkConsent).insert(row);
    return row;
  }
}
