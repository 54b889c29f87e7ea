import { EntityManager, In, IsNull, Not } from "typeorm";
import ical, { ICalEventStatus } from "ical-generator";
import { badInput, getOrThrow, uuidv7 } from "@champ-commun/kit";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { DutySignup } from "../entities/duty-signup.entity";
import { Household } from "../entities/household.entity";
import { Absence } from "../entities/absence.entity";
import { randomToken, sha256 } from "../accounts/secrets";
import { publicUrl } from "../accounts/mailer";
import { amapFacts } from "../documents/parties.client";
import { quantity } from "../documents/french";
import { CalendarFeed, CalendarFeedKind } from "./calendar-feed.entity";
import { AgendaDistribution, deliveriesOfFarm, distributionsByIds, distributionsOfAmap } from "./calendar.sources";
import { t } from "../i18n";

type Headers = () => Promise<Record<string, string>>;
const WHAT = t("calendar.agenda");

export const feedUrl = (token: string) => `${publicUrl()}/calendar/${token}.ics`;

/** Secret agenda URLs: created, listed, revoked, regenerated (a new secret, the old one stops). */
export class CalendarFeedService {
  constructor(private readonly em: EntityManager) {}

  mine(personId: string): Promise<CalendarFeed[]> {
    return this.em
      .getRepository(CalendarFeed)
      .find({ where: { personId, revokedAt: IsNull() }, order: { createdAt: "ASC" } });
  }

  async create(
    personId: string,
    kind: CalendarFeedKind,
    scopeId: string,
  ): Promise<{ url: string; feed: CalendarFeed }> {
    if (!Object.values(CalendarFeedKind).includes(kind)) throw badInput("kind", t("calendar.unknownAgenda"));
    const token = randomToken();
    const feed = this.em.getRepository(CalendarFeed).create({
      id: uuidv7(),
      personId,
      kind,
      scopeId,
      tokenHash: sha256(token),
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.em.getRepository(CalendarFeed).insert(feed);
    return { url: feedUrl(token), feed };
  }

  async revoke(id: string): Promise<CalendarFeed> {
    const feed = await getOrThrow(this.em.getRepository(CalendarFeed), id, WHAT);
    if (!feed.revokedAt) {
      feed.revokedAt = new Date();
      await this.em.getRepository(CalendarFeed).update({ id }, { revokedAt: feed.revokedAt });
    }
    return feed;
  }

  async regenerate(id: string): Promise<{ url: string; feed: CalendarFeed }> {
    return this.em.transaction(async (em) => {
      const old = await new CalendarFeedService(em).revoke(id);
      return new CalendarFeedService(em).create(old.personId, old.kind, old.scopeId);
    });
  }
}

const place = (d: AgendaDistribution) => {
  const p = d.status === "moved" && d.movedToPlace ? d.movedToPlace : d.place;
  return p ? [p.name, p.address].filter(Boolean).join(", ") : "";
};

/** The feed behind a secret URL, as an RFC 5545 calendar (UTC instants computed in each AMAP's time zone); null when unknown or revoked. */
export async function calendarFile(
  em: EntityManager,
  token: string,
  headers: Headers,
): Promise<{ filename: string; body: string } | null> {
  const feed = await em
    .getRepository(CalendarFeed)
    .findOne({ where: { tokenHash: sha256(token), revokedAt: IsNull() } });
  if (!feed) return null;
  const cal = ical({ prodId: { company: "Champ Commun", product: "agenda", language: "FR" }, ttl: 3600 });
  const names = async (ids: string[]) =>
    ids.length ? amapFacts([...new Set(ids)], await headers()) : new Map<string, { name: string; timeZone: string }>();
  const event = (uid: string, d: AgendaDistribution, summary: string, description: string) =>
    cal.createEvent({
      id: `${uid}@champ-commun`,
      start: new Date(d.startsAt),
      end: new Date(d.endsAt),
      summary,
      description,
      location: place(d),
      status: d.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });

  if (feed.kind === CalendarFeedKind.member) {
    const household = await em.getRepository(Household).findOne({ where: { id: feed.scopeId } });
    if (!household) return null;
    cal.name(`Mes distributions — ${household.displayName}`);
    const subs = await em.getRepository(Subscription).find({
      where: {
        householdId: feed.scopeId,
        status: Not(In([SubscriptionStatus.draft, SubscriptionStatus.terminated])),
      },
    });
    const lines = subs.length
      ? await em
          .getRepository(DeliveryLine)
          .find({ where: { subscriptionId: In(subs.map((s) => s.id)), quantity: Not(0) } })
      : [];
    const absences = subs.length
      ? await em.getRepository(Absence).find({ where: { subscriptionId: In(subs.map((s) => s.id)) } })
      : [];
    const absent = new Set(absences.map((a) => `${a.subscriptionId}|${a.distributionId}`));
    const duties = await em.getRepository(DutySignup).find({ where: { householdId: feed.scopeId } });
    const dists = new Map(
      (
        await distributionsByIds(
          [...new Set([...lines.map((l) => l.distributionId), ...duties.map((d) => d.distributionId)])],
          headers,
        )
      ).map((d) => [d.id, d]),
    );
    const amaps = await names([...dists.values()].map((d) => d.amapId));
    const byDistribution = new Map<string, string[]>();
    for (const l of lines) {
      if (absent.has(`${l.subscriptionId}|${l.distributionId}`)) continue;
      byDistribution.set(l.distributionId, [
        ...(byDistribution.get(l.distributionId) ?? []),
        `${quantity(l.quantity, l.unit)} — ${l.productName}`,
      ]);
    }
    for (const [id, items] of byDistribution) {
      const d = dists.get(id);
      if (d)
        event(
          `pickup-${id}-${feed.scopeId}`,
          d,
          `Distribution ${amaps.get(d.amapId)?.name ?? "AMAP"}`,
          `À récupérer :\n${items.join("\n")}`,
        );
    }
    for (const s of duties) {
      const d = dists.get(s.distributionId);
      if (d)
        event(
          `duty-${s.id}`,
          d,
          `Permanence — ${amaps.get(d.amapId)?.name ?? "AMAP"}`,
          "Vous êtes de permanence à cette distribution.",
        );
    }
  } else if (feed.kind === CalendarFeedKind.amap) {
    const amaps = await names([feed.scopeId]);
    cal.name(`Distributions — ${amaps.get(feed.scopeId)?.name ?? "AMAP"}`);
    for (const d of await distributionsOfAmap(feed.scopeId, headers))
      event(`distribution-${d.id}`, d, `Distribution ${amaps.get(d.amapId)?.name ?? ""}`.trim(), d.notes ?? "");
  } else {
    const templates = await deliveriesOfFarm(feed.scopeId, headers);
    const amaps = await names(templates.map((t) => t.amapId));
    cal.name("Livraisons de la ferme");
    const seen = new Map<string, { d: AgendaDistribution; contracts: string[] }>();
    for (const t of templates)
      for (const d of t.distributions)
        seen.set(d.id, { d, contracts: [...(seen.get(d.id)?.contracts ?? []), t.templateName] });
    for (const { d, contracts } of seen.values())
      event(
        `delivery-${d.id}-${feed.scopeId}`,
        d,
        `Livraison — ${amaps.get(d.amapId)?.name ?? "AMAP"}`,
        `Contrats : ${contracts.join(", ")}`,
      );
  }
  return { filename: `agenda-${feed.kind}.ics`, body: cal.toString() };
}
