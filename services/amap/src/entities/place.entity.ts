import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { Field, Float, ID, ObjectType, Int } from "type-graphql";

/** Lieu de distribution: where an AMAP's members collect their baskets. */
@Entity("place")
@Index(["amapId", "name"])
@ObjectType({ description: "A distribution place (lieu de distribution) of an AMAP." })
export class Place {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP that distributes here." })
  amapId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the place (salle des fêtes, cour de l'école…)." })
  name: string;

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

  @Column({ type: "text" })
  @Field(() => String, { description: "Opening hours, as free text (mardi 18 h 30 – 20 h)." })
  hours: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "How to get in: door code, stairs, parking, accessibility." })
  accessNotes: string;
}
