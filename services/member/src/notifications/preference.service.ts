import type { EntityManager } from "typeorm";
import { badInput, type Lang } from "@champ-commun/kit";
import { NotificationPreference } from "./preference.entity";
import { NOTIFICATION_KINDS, NotificationKind } from "./kinds";
import { t } from "../i18n";

export interface Preferences {
  lang: Lang;
  disabledKinds: NotificationKind[];
}

/** A person's mail choices; everything on, in French, until they choose otherwise. */
export class PreferenceService {
  constructor(private readonly em: EntityManager) {}

  async get(personId: string): Promise<Preferences> {
    const p = await this.em.getRepository(NotificationPreference).findOne({ where: { personId } });
    return { lang: p?.lang === "en" ? "en" : "fr", disabledKinds: (p?.disabledKinds ?? []) as NotificationKind[] };
  }

  async set(personId: string, input: { lang?: string | null; disabledKinds?: string[] | null }): Promise<Preferences> {
    if (input.lang != null && input.lang !== "fr" && input.lang !== "en")
      throw badInput("lang", t("preference.unknownLanguageFrEn"));
    const unknown = (input.disabledKinds ?? []).filter((k) => !(NOTIFICATION_KINDS as string[]).includes(k));
    if (unknown.length)
      throw badInput("disabledKinds", t("preference.unknownNotification", { join: unknown.join(", ") }));
    const current = await this.get(personId);
    const next = {
      lang: input.lang ?? current.lang,
      disabledKinds: [...new Set(input.disabledKinds ?? current.disabledKinds)].sort() as NotificationKind[],
    };
    await this.em
      .getRepository(NotificationPreference)
      .save({ personId, lang: next.lang, disabledKinds: next.disabledKinds, updatedAt: new Date() });
    return next;
  }

  /** One kind off (the unsubscribe link); true when it was on. */
  async disable(personId: string, kind: NotificationKind): Promise<boolean> {
    const current = await this.get(personId);
    if (current.disabledKinds.includes(kind)) return false;
    await this.set(personId, { disabledKinds: [...current.disabledKinds, kind] });
    return true;
  }
}
