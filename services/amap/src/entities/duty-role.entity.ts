import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";

/** A role of an AMAP's duty roster (Accueil, Émargement, Installation…), with its usual number of seats. */
@Entity("duty_role")
@Index(["amapId", "position"])
@ObjectType({
  description: "A duty role (rôle de permanence) of an AMAP: what the members on duty do at a distribution.",
})
export class DutyRole {
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
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, { description: "Name of the role (Accueil, Émargement, Installation…), unique in the AMAP." })
  name: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "What the role involves, for the members signing up." })
  description: string;

  @Column({ type: "int", default: 1 })
  @Field(() => Int, { description: "Seats a generated shift of this role offers." })
  defaultSeats: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Order of the role in the roster." })
  position: number;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "Whether new shifts are generated for this role (existing shifts stay)." })
  active: boolean;
}
