import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { ProductionType } from "./product.entity";

export enum AnnouncementKind {
  farm_seeks_amap = "farm_seeks_amap",
  amap_seeks_farm = "amap_seeks_farm",
}
registerEnumType(AnnouncementKind, {
  name: "AnnouncementKind",
  description: "« Paysan cherche AMAP » (farm_seeks_amap) or « AMAP cherche paysan » (amap_seeks_farm).",
  valuesConfig: {
    farm_seeks_amap: { description: "« Paysan cherche AMAP »: a farm looks for an AMAP to supply." },
    amap_seeks_farm: { description: "« AMAP cherche paysan »: an AMAP looks for a farm." },
  },
});

export enum AnnouncementStatus {
  open = "open",
  closed = "closed",
}
registerEnumType(AnnouncementStatus, {
  name: "AnnouncementStatus",
  description: "Whether an announcement still takes replies.",
  valuesConfig: {
    open: { description: "Takes replies." },
    closed: { description: "Closed: takes no more replies." },
  },
});

/** « Paysan cherche AMAP » / « AMAP cherche paysan »: published in a network, answered through the tool. */
@Entity("announcement")
@Index(["networkId", "expiresOn"])
@ObjectType({
  description: "An announcement « Paysan cherche AMAP » or « AMAP cherche paysan » published in a network.",
})
export class Announcement {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network publishing it." })
  networkId: string;

  @Column({ type: "simple-enum", enum: AnnouncementKind })
  @Field(() => AnnouncementKind, { description: "Who seeks whom." })
  kind: AnnouncementKind;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the farm seeking an AMAP (kind farm_seeks_amap)." })
  farmId: string | null;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the AMAP seeking a farm (kind amap_seeks_farm)." })
  amapId: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Title." })
  title: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "Text of the announcement." })
  body: string;

  @Column({ type: "simple-json" })
  @Field(() => [ProductionType], { description: "Productions offered or sought." })
  productionTypes: ProductionType[];

  @Column({ type: "varchar", length: 120, default: "" })
  @Field(() => String, { description: "City concerned." })
  city: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Last day the announcement is shown (at most one year after creation)." })
  expiresOn: string;

  @Column({ type: "simple-enum", enum: AnnouncementStatus, default: AnnouncementStatus.open })
  @Field(() => AnnouncementStatus, { description: "Open, or closed by its author." })
  status: AnnouncementStatus;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When it was published (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When it was last changed (UTC)." })
  updatedAt: Date;
}

/** A reply sent through the tool: the replier never sees the announcer's contact details. */
@Entity("announcement_reply")
@Index(["networkId", "announcementId"])
@ObjectType({ description: "A reply to an announcement, sent through the tool (the announcer's e-mail stays hidden)." })
export class AnnouncementReply {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network publishing the announcement." })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the announcement replied to." })
  announcementId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the person replying." })
  name: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "E-mail of the person replying, for the announcer to answer." })
  email: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The message." })
  message: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the reply was sent (UTC)." })
  createdAt: Date;
}
