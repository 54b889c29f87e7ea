import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { CalendarFeed, CalendarFeedKind } from "./calendar-feed.entity";
import { CalendarFeedService } from "./calendar.service";
import type { MemberContext } from "../context";

@InputType({ description: "A new agenda URL." })
export class CreateCalendarFeedInput {
  @Field(() => CalendarFeedKind, { description: "member (a household), amap, or farm." }) kind: CalendarFeedKind;
  @Field(() => ID, { description: "The household, AMAP or farm." }) scopeId: string;
}

@InputType({ description: "An agenda URL to revoke." })
export class RevokeCalendarFeedInput {
  @Field(() => ID, { description: "Id of the agenda feed." }) id: string;
}

@InputType({ description: "An agenda URL to replace by a new secret one." })
export class RegenerateCalendarFeedInput {
  @Field(() => ID, { description: "Id of the agenda feed." }) id: string;
}

@ObjectType({ description: "An agenda URL just made: its secret address is shown this once." })
export class CreatedCalendarFeed {
  @Field(() => String, { description: "The secret address to subscribe to in a calendar app (iCal)." }) url: string;
  @Field(() => CalendarFeed, { description: "The feed's record." }) feed: CalendarFeed;
}

/** Agendas (iCal) on secret per-person URLs; who may make which is in living.policy.ts. */
@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Query(() => [CalendarFeed], { description: "The signed-in person's agenda URLs that still work." })
  myCalendarFeeds(@Ctx() ctx: MemberContext) {
    return new CalendarFeedService(ctx.ds.manager).mine(ctx.identity!.subject);
  }

  @Mutation(() => CreatedCalendarFeed, {
    description:
      "Makes a secret agenda URL: one's household's pickups and duties, one's AMAP's distributions, or one's farm's deliveries.",
  })
  createCalendarFeed(
    @Arg("input", () => CreateCalendarFeedInput, { description: "What the agenda shows." })
    input: CreateCalendarFeedInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new CalendarFeedService(ctx.ds.manager).create(ctx.identity!.subject, input.kind, input.scopeId);
  }

  @Mutation(() => CalendarFeed, { description: "Revokes an agenda URL: it stops working at once." })
  revokeCalendarFeed(
    @Arg("input", () => RevokeCalendarFeedInput, { description: "The agenda feed." }) input: RevokeCalendarFeedInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new CalendarFeedService(ctx.ds.manager).revoke(input.id);
  }

  @Mutation(() => CreatedCalendarFeed, {
    description: "Replaces an agenda URL by a new secret one (the old one stops working).",
  })
  regenerateCalendarFeed(
    @Arg("input", () => RegenerateCalendarFeedInput, { description: "The agenda feed." })
    input: RegenerateCalendarFeedInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new CalendarFeedService(ctx.ds.manager).regenerate(input.id);
  }
}
