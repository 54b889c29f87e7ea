import { Field, ID, InputType } from "type-graphql";
import { DateScalar, DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { AnnouncementKind, AnnouncementStatus } from "../entities/announcement.entity";
import { ProductionType } from "../entities/product.entity";

@InputType({ description: "Filter for the list of announcements." })
export class AnnouncementFilter {
  @Field(() => ID, { nullable: true, description: "Announcements of this network." }) networkId?: string;
  @Field(() => Boolean, { nullable: true, description: "With networkId: include its sub-networks (default false)." })
  includeSubNetworks?: boolean;
  @Field(() => AnnouncementKind, { nullable: true, description: "Who seeks whom." }) kind?: AnnouncementKind;
  @Field(() => String, { nullable: true, description: "Text search on title, text and city." }) q?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: `Only announcements not expired on this date (default: today, ${DEFAULT_TIME_ZONE}).`,
  })
  activeOn?: string;
  @Field(() => Boolean, { nullable: true, description: "Also list expired announcements (ignores activeOn)." })
  includeExpired?: boolean;
  @Field(() => AnnouncementStatus, { nullable: true, description: "open (default) or closed." })
  status?: AnnouncementStatus;
}

@InputType({ description: "Fields of an announcement." })
export class AnnouncementFieldsInput {
  @Field(() => String, { nullable: true, description: "Title." }) title?: string;
  @Field(() => String, { nullable: true, description: "Text." }) body?: string;
  @Field(() => [ProductionType], { nullable: true, description: "Productions offered or sought." })
  productionTypes?: ProductionType[];
  @Field(() => String, { nullable: true, description: "City concerned (default: the farm's or AMAP's city)." })
  city?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day shown: after the creation date, at most one year later.",
  })
  expiresOn?: string;
}

@InputType({ description: "A new announcement." })
export class CreateAnnouncementInput extends AnnouncementFieldsInput {
  @Field(() => ID, { description: "The publishing network." }) networkId: string;
  @Field(() => AnnouncementKind, { description: "Who seeks whom." }) kind: AnnouncementKind;
  @Field(() => ID, { nullable: true, description: "The farm (kind farm_seeks_amap)." }) farmId?: string | null;
  @Field(() => ID, { nullable: true, description: "The AMAP (kind amap_seeks_farm)." }) amapId?: string | null;
  @Field(() => String, { description: "Title." }) declare title: string;
  @Field(() => String, { description: "Text." }) declare body: string;
  @Field(() => DateScalar, { description: "Last day shown: after today, at most one year later." })
  declare expiresOn: string;
}

@InputType({ description: "Changes to an open announcement." })
export class UpdateAnnouncementInput extends AnnouncementFieldsInput {
  @Field(() => ID, { description: "The announcement to change." }) id: string;
}

@InputType({ description: "A reply to an announcement, forwarded by the tool." })
export class ReplyToAnnouncementInput {
  @Field(() => ID, { description: "The announcement replied to." }) announcementId: string;
  @Field(() => String, { description: "Your name." }) name: string;
  @Field(() => String, { description: "Your e-mail, for the announcer to answer." }) email: string;
  @Field(() => String, { description: "Your message." }) message: string;
}

@InputType({ description: "The announcement to close." })
export class CloseAnnouncementInput {
  @Field(() => ID, { description: "The announcement." }) id: string;
}
