import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { Directive, Field, Float, ID, ObjectType, registerEnumType, Int } from "type-graphql";

export enum RegistrationMode {
  open = "open",
  waiting_list = "waiting_list",
  closed = "closed",
  full = "full",
}
registerEnumType(RegistrationMode, {
  name: "RegistrationMode",
  description: "Whether an AMAP takes new households.",
  valuesConfig: {
    open: { description: "Takes new households." },
    waiting_list: { description: "New households go on a waiting list." },
    closed: { description: "Takes no new households." },
    full: { description: "Full for now." },
  },
});

export enum AmapStatus {
  active = "active",
  in_creation = "in_creation",
  dormant = "dormant",
  closed = "closed",
}
registerEnumType(AmapStatus, {
  name: "AmapStatus",
  description: "Life status of an AMAP in the territorial database.",
  valuesConfig: {
    active: { description: "Running." },
    in_creation: { description: "Being set up." },
    dormant: { description: "Paused (no distributions for now)." },
    closed: { description: "Closed for good; kept for history." },
  },
});

/** AMAP: the local association; its identity and place in a network live here, its activity in the amap subgraph. */
@Entity("amap")
@Index(["networkId", "name"])
@ObjectType({ description: "An AMAP, the local association (identity and place in a network)." })
@Directive('@key(fields: "id")')
export class Amap {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the network the AMAP belongs to." })
  networkId: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the AMAP." })
  name: string;

  @Column({ type: "varchar", length: 20, default: "" })
  @Field(() => String, { description: "RNA number (répertoire national des associations), W + 9 digits." })
  rna: string;

  @Column({ type: "varchar", length: 14, default: "" })
  @Field(() => String, { description: "SIRET number (14 digits), if any." })
  siret: string;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Street address of the association." })
  address: string;

  @Column({ type: "varchar", length: 10, default: "" })
  @Field(() => String, { description: "Postal code." })
  postalCode: string;

  @Column({ type: "varchar", length: 120, default: "" })
  @Field(() => String, { description: "City." })
  city: string;

  @Column({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." })
  latitude: number | null;

  @Column({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." })
  longitude: number | null;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, { description: "Public contact e-mail." })
  email: string;

  @Column({ type: "varchar", length: 40, default: "" })
  @Field(() => String, { description: "Public contact phone." })
  phone: string;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Website." })
  website: string;

  @Column({ type: "simple-enum", enum: RegistrationMode, default: RegistrationMode.open })
  @Field(() => RegistrationMode, { description: "Whether the AMAP takes new households." })
  registrationMode: RegistrationMode;

  @Column({ type: "simple-enum", enum: AmapStatus, default: AmapStatus.active })
  @Field(() => AmapStatus, { description: "Status in the territorial database." })
  status: AmapStatus;

  @Column({ type: "varchar", length: 40, default: DEFAULT_TIME_ZONE })
  @Field(() => String, { description: "IANA time zone of the AMAP's calendar dates." })
  timeZone: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was last changed (UTC)." })
  updatedAt: Date;
}
