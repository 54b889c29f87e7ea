import { argAt, ensure, ensurePerson, PUBLIC, type Rule, type Visibility } from "@champ-commun/kit";
import { DirectoryClient } from "./accounts/directory.client";
import { RoleName } from "./accounts/role-grant.entity";
import { locateScope, mayGrant } from "./accounts/role-scope";
import { eventOperations, eventVisibility } from "./events/event.policy";
import { Subscription } from "./entities/subscription.entity";
import { Event } from "./events/event.entity";
import { CalendarFeed, CalendarFeedKind } from "./calendar/calendar-feed.entity";
import { FILE_PATHS } from "./documents/files.resolver";
import type { MemberContext } from "./context";

/* Access to the "living in it" operations (spread into policy.ts): mail choices, events, agendas, documents. */

const self: Rule<MemberContext> = (req) => ensurePerson(req.scope);

/**
 * Inviting to a role: whoever may grant it (role-scope.ts), and also an AMAP admin inviting the
 * farmer of a farm that supplies their AMAP (its partner farm's account; the farm record stays the network's).
 */
const inviteToRole: Rule<MemberContext> = async (req) => {
  ensurePerson(req.scope);
  const role = argAt(req.args, "input.role") as RoleName;
  const scopeId = argAt(req.args, "input.scopeId") as string;
  const directory = new DirectoryClient(req.context.accounts);
  if (mayGrant(req.scope, role, await locateScope(req.context.ds.manager, directory, role, scopeId))) return;
  ensure(
    role === RoleName.farmer &&
      req.scope.adminAmaps.size > 0 &&
      (await directory.amapsOfFarm(scopeId)).some((a) => req.scope.isAmapAdmin(a)),
  );
};

/** A file by its path: a contract, to whom sees the subscription; participants, to the event's organisers; an agenda, to whoever holds its secret URL. */
const memberFile: Rule<MemberContext> = async (req) => {
  const path = String(req.args.path ?? "");
  ensurePerson(req.scope);
  const s = req.scope;
  const contract = FILE_PATHS.contract.exec(path);
  if (contract) {
    const sub = await req.context.ds.getRepository(Subscription).findOne({ where: { id: contract[1] } });
    if (sub)
      ensure(
        s.isAmapAdmin(sub.amapId) ||
          s.isMemberOf(sub.householdId) ||
          s.isMemberOf(sub.partnerHouseholdId) ||
          s.isReferentOf(sub.templateId) ||
          s.isFarmerOf(sub.farmId),
      );
    return;
  }
  const participants = FILE_PATHS.participants.exec(path);
  if (participants) {
    const e = await req.context.ds.getRepository(Event).findOne({ where: { id: participants[1] } });
    if (e) ensure((!!e.networkId && s.isNetworkAdmin(e.networkId)) || (!!e.amapId && s.isAmapAdmin(e.amapId)));
  }
};

/** An agenda of one's household, of an AMAP one sees, of one's farm. */
const createFeed: Rule<MemberContext> = async (req) => {
  ensurePerson(req.scope);
  const kind = argAt(req.args, "input.kind");
  const scopeId = argAt(req.args, "input.scopeId") as string;
  const s = req.scope;
  ensure(
    kind === CalendarFeedKind.member
      ? s.isMemberOf(scopeId)
      : kind === CalendarFeedKind.amap
        ? await s.seesAmap(scopeId)
        : kind === CalendarFeedKind.farm && s.isFarmerOf(scopeId),
  );
};

/** One's own agenda URLs. */
const ownFeed: Rule<MemberContext> = async (req) => {
  ensurePerson(req.scope);
  const feedId = argAt(req.args, "input.id");
  const feed = await req.context.ds
    .getRepository(CalendarFeed)
    .findOne({ where: { id: typeof feedId === "string" ? feedId : "" } });
  if (feed) ensure(feed.personId === req.scope.identity?.subject);
};

export const livingOperations: Record<string, Rule<MemberContext>> = {
  "Query.myNotificationPreferences": self,
  "Mutation.updateMyNotificationPreferences": self,
  // Internal (@inaccessible): the signed link is the credential; the amap subgraph's events carry the internal secret.
  "Mutation.unsubscribeWithToken": PUBLIC,
  "Mutation.recordTemplateOpened": PUBLIC,
  "Mutation.inviteToRole": inviteToRole,
  "Mutation.inviteAmapMembers": (req) => ensure(req.scope.isAmapAdmin(argAt(req.args, "input.amapId") as string)),
  "Query.memberFile": memberFile,
  "Query.memberCalendarFile": PUBLIC,
  "Query.myCalendarFeeds": self,
  "Mutation.createCalendarFeed": createFeed,
  "Mutation.revokeCalendarFeed": ownFeed,
  "Mutation.regenerateCalendarFeed": ownFeed,
  ...eventOperations,
};

export const livingVisibility: Visibility<MemberContext>["types"] = {
  ...eventVisibility,
  NotificationPreferences: "public",
  NotificationChoice: "public",
  UnsubscribeResult: "public",
  CalendarFeed: (f, s) => s.isPerson && s.identity?.subject === f.personId,
  CreatedCalendarFeed: "public",
  MemberFile: "public",
};
