import { ensurePerson, PUBLIC, type Rule, type Visibility } from "@champ-commun/kit";
import { eventOperations, eventVisibility } from "./events/event.policy";
import type { MemberContext } from "./context";

/* Access to the "living in it" operations (spread into policy.ts): mail choices, events, agendas, documents. */

const self: Rule<MemberContext> = (req) => ensurePerson(req.scope);

export const livingOperations: Record<string, Rule<MemberContext>> = {
  "Query.myNotificationPreferences": self,
  "Mutation.updateMyNotificationPreferences": self,
  // Internal (@inaccessible): the signed link is the credential; the amap subgraph's events carry the internal secret.
  "Mutation.unsubscribeWithToken": PUBLIC,
  "Mutation.recordTemplateOpened": PUBLIC,
  ...eventOperations,
};

export const livingVisibility: Visibility<MemberContext>["types"] = {
  ...eventVisibility,
  NotificationPreferences: "public",
  NotificationChoice: "public",
};
