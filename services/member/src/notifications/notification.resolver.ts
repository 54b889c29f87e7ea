import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Lang } from "@champ-commun/kit";
import { KIND_LABELS, NotificationKind, NOTIFICATION_KINDS } from "./kinds";
import { PreferenceService, type Preferences } from "./preference.service";
import { preferencesPath, readUnsubscribeToken } from "./links";
import { templateOpenedNotices } from "./season.notices";
import { partiesOf } from "../documents/parties.client";
import type { MemberContext } from "../context";

@ObjectType({ description: "Whether one kind of notification is sent to the person." })
export class NotificationChoice {
  @Field(() => NotificationKind, { description: "The kind." }) kind: NotificationKind;
  @Field(() => Boolean, { description: "True when the person receives it (the default)." }) enabled: boolean;
  @Field(() => String, {
    description: "What the kind is, in the caller's language (the words of the unsubscribe page too).",
  })
  label: string;
}

@ObjectType({ description: "A person's choices about the mails they receive." })
export class NotificationPreferences {
  @Field(() => String, { description: "Language of the mails: fr (default) or en." }) lang: string;
  @Field(() => [NotificationChoice], { description: "Every kind of notification and whether it is sent." })
  choices: NotificationChoice[];
}

@InputType({ description: "New choices about mails (absent fields are unchanged)." })
export class UpdateMyNotificationPreferencesInput {
  @Field(() => String, { nullable: true, description: "fr or en." }) lang?: string | null;
  @Field(() => [NotificationKind], {
    nullable: true,
    description: "The kinds the person does not want (all others are sent).",
  })
  disabledKinds?: NotificationKind[] | null;
}

@ObjectType({ description: "What the one-click unsubscribe did (internal: the gateway's page)." })
@Directive("@inaccessible")
export class UnsubscribeResult {
  @Field(() => String, {
    description: "The kind turned off, in the caller's language (the words of the mail choices page).",
  })
  label: string;
  @Field(() => String, { description: "The person's mail choices page (/moi/notifications, /paysan/notifications…)." })
  preferencesPath: string;
}

@InputType({
  description: "The signed link of a mail, to turn its kind of mail off (internal: the gateway's /unsubscribe page).",
})
@Directive("@inaccessible")
export class UnsubscribeWithTokenInput {
  @Field(() => String, { description: "The token of the mail's unsubscribe link." }) token: string;
}

// Only recordTemplateOpened (@inaccessible) takes it: hidden from the public schema with it.
@InputType({ description: "A contract template just opened (sent by the amap subgraph, retried until acknowledged)." })
@Directive("@inaccessible")
export class RecordTemplateOpenedInput {
  @Field(() => ID, { description: "The event's id in the amap subgraph's outbox (idempotency)." }) eventId: string;
  @Field(() => ID, { description: "The template." }) templateId: string;
  @Field(() => ID, { description: "Its AMAP." }) amapId: string;
  @Field(() => ID, { description: "Its farm." }) farmId: string;
  @Field(() => String, { description: "Its name." }) templateName: string;
  @Field(() => String, { nullable: true, description: "Last day to subscribe, YYYY-MM-DD." }) closesOn?: string | null;
}

const shape = (p: Preferences, lang: Lang): NotificationPreferences => ({
  lang: p.lang,
  choices: NOTIFICATION_KINDS.map((kind) => ({
    kind,
    enabled: !p.disabledKinds.includes(kind),
    label: KIND_LABELS[kind][lang],
  })),
});

/** The person's mail choices, the one-click unsubscribe, and the amap subgraph's events. */
@Resolver()
export class NotificationResolver {
  @Query(() => NotificationPreferences, { description: "The signed-in person's choices about mails." })
  async myNotificationPreferences(@Ctx() ctx: MemberContext) {
    return shape(await new PreferenceService(ctx.ds.manager).get(ctx.identity!.subject), ctx.lang);
  }

  @Mutation(() => NotificationPreferences, { description: "Changes the signed-in person's choices about mails." })
  async updateMyNotificationPreferences(
    @Arg("input", () => UpdateMyNotificationPreferencesInput, {
      description: "The new choices (absent fields are unchanged).",
    })
    input: UpdateMyNotificationPreferencesInput,
    @Ctx() ctx: MemberContext,
  ) {
    return shape(await new PreferenceService(ctx.ds.manager).set(ctx.identity!.subject, input), ctx.lang);
  }

  @Mutation(() => UnsubscribeResult, {
    nullable: true,
    description:
      "Turns one kind of mail off with the signed link of a mail (internal: the gateway's /unsubscribe page); null for a bad link.",
  })
  @Directive("@inaccessible")
  async unsubscribeWithToken(
    @Arg("input", () => UnsubscribeWithTokenInput, { description: "The link's token." })
    input: UnsubscribeWithTokenInput,
    @Ctx() ctx: MemberContext,
  ): Promise<UnsubscribeResult | null> {
    const t = await readUnsubscribeToken(input.token);
    if (!t) return null;
    await new PreferenceService(ctx.ds.manager).disable(t.personId, t.kind as NotificationKind);
    return {
      label: KIND_LABELS[t.kind as NotificationKind][ctx.lang],
      preferencesPath: await preferencesPath(ctx.ds.manager, t.personId),
    };
  }

  @Mutation(() => Boolean, {
    description:
      "Records that a contract template opened and writes its notices (internal: the amap subgraph's outbox; idempotent).",
  })
  @Directive("@inaccessible")
  async recordTemplateOpened(
    @Arg("input", () => RecordTemplateOpenedInput, { description: "The template opened and its outbox event." })
    input: RecordTemplateOpenedInput,
    @Ctx() ctx: MemberContext,
  ) {
    // Names for the mail, asked as this subgraph (the amap subgraph's worker calls without a person).
    const names = await partiesOf(input.amapId, input.farmId, await ctx.accounts.systemHeaders());
    await ctx.ds.transaction((em) =>
      templateOpenedNotices(em, {
        ...input,
        closesOn: input.closesOn ?? null,
        amapName: names.amap?.name ?? "",
        farmName: names.farm?.name ?? "",
      }),
    );
    return true;
  }
}
