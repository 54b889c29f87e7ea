import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/** A person of a household (co-adhérent); one of them is the household's primary contact. */
@Entity("person")
@Index(["amapId", "householdId"])
@Index(["amapId", "email"])
@ObjectType({ description: "A person of a household (co-adhérent)." })
export class Person {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the person (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household." })
  householdId: string;

  @Column({ type: "varchar", length: 100, default: "" })
  @Field(() => String, { description: "First name." })
  firstName: string;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, { description: "Last name." })
  lastName: string;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, { description: "E-mail address (lower case), empty when unknown." })
  email: string;

  @Column({ type: "varchar", length: 40, default: "" })
  @Field(() => String, { description: "Phone number, empty when unknown." })
  phone: string;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "True for the household's primary contact (exactly one per household)." })
  isPrimary: boolean;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the person was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the person was last changed (UTC)." })
  updatedAt: Date;
}
