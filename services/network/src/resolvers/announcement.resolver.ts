import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf, DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { Announcement, AnnouncementReply } from "../entities/announcement.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import {
  AnnouncementFilter,
  CloseAnnouncementInput,
  CreateAnnouncementInput,
  ReplyToAnnouncementInput,
  UpdateAnnouncementInput,
} from "../inputs/announcement.input";
import { AnnouncementService } from "../services/announcement.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of announcements." })
export class AnnouncementPage extends PageOf(Announcement) {}

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => Announcement, { nullable: true, description: "One announcement, or null." })
  announcement(
    @Arg("id", () => ID, { description: "Id of the announcement." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return ctx.loaders.announcement.load(id);
  }

  @Query(() => AnnouncementPage, {
    description: `Open announcements not yet expired (today in ${DEFAULT_TIME_ZONE} unless activeOn says otherwise), latest first.`,
  })
  announcements(
    @Arg("filter", () => AnnouncementFilter, {
      nullable: true,
      description: "Which announcements to list (omit for all the caller may see).",
    })
    filter: AnnouncementFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AnnouncementService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Announcement, {
    description: "Publishes « Paysan cherche AMAP » (with farmId) or « AMAP cherche paysan » (with amapId).",
  })
  createAnnouncement(
    @Arg("input", () => CreateAnnouncementInput) input: CreateAnnouncementInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AnnouncementService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Announcement, { description: "Changes an open announcement." })
  updateAnnouncement(
    @Arg("input", () => UpdateAnnouncementInput, { description: "The announcement and the fields to change." })
    input: UpdateAnnouncementInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AnnouncementService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => Announcement, { description: "Closes an announcement: it is no longer shown nor answered." })
  closeAnnouncement(
    @Arg("input", () => CloseAnnouncementInput, { description: "The announcement to close." })
    { id }: CloseAnnouncementInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AnnouncementService(ctx.ds.manager).close(id);
  }

  @Mutation(() => AnnouncementReply, {
    description: "Replies to an open announcement through the tool (the announcer's e-mail is never shown).",
  })
  replyToAnnouncement(
    @Arg("input", () => ReplyToAnnouncementInput, { description: "The announcement and the reply." })
    input: ReplyToAnnouncementInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AnnouncementService(ctx.ds.manager).reply(input.announcementId, input);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The publishing network." })
  network(@Root() a: Announcement, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(a.networkId);
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The farm seeking an AMAP (kind farm_seeks_amap)." })
  farm(@Root() a: Announcement, @Ctx() ctx: NetworkContext) {
    return a.farmId ? ctx.loaders.farm.load(a.farmId) : null;
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP seeking a farm (kind amap_seeks_farm)." })
  amap(@Root() a: Announcement, @Ctx() ctx: NetworkContext) {
    return a.amapId ? ctx.loaders.amap.load(a.amapId) : null;
  }

  @FieldResolver(() => [AnnouncementReply], {
    description: "Replies received, oldest first (for the announcer and the network only).",
  })
  replies(@Root() a: Announcement, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.repliesByAnnouncement.load(a.id);
  }
}
