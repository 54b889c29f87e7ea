import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Directive, Field, Float, ID, ObjectType, Int } from "type-graphql";
import { AmapStatus } from "./amap.entity";

/** A farm: one record shared by every AMAP it supplies. */
@Entity("farm")
@ObjectType({ description: "A farm (ferme), one record shared by every AMAP it supplies." })
@Directive('@key(fields: "id")')
export class Farm {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the farm." })
  name: string;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, { description: "Name cheques are made out to (ordre des chèques)." })
  payeeName: string;

  @Column({ type: "varchar", length: 14, default: "" })
  @Field(() => String, { description: "SIRET number (14 digits)." })
  siret: string;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Street address." })
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
  @Field(() => String, { description: "Contact e-mail." })
  email: string;

  @Column({ type: "varchar", length: 40, default: "" })
  @Field(() => String, { description: "Contact phone." })
  phone: string;

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "Productions (légumes, œufs, volailles…)." })
  productions: string[];

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "Labels and certifications (AB, Nature & Progrès…)." })
  labels: string[];

  @Column({ type: "simple-enum", enum: AmapStatus, default: AmapStatus.active })
  @Field(() => AmapStatus, { description: "Status in the territorial database." })
  status: AmapStatus;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was last changed (UTC)." })
  updatedAt: Date;
}

/** A farm listed in a network's directory; a farm may be in several networks. */
@Entity("farm_network")
@Index(["networkId", "farmId"], { unique: true })
export class FarmNetwork {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  farmId: string;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
