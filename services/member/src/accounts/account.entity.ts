import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum AccountStatus {
  /** Invited, no password chosen yet. */
  invited = "invited",
  active = "active",
  disabled = "disabled",
}
registerEnumType(AccountStatus, {
  name: "AccountStatus",
  description: "invited (no password yet), active, or disabled.",
  valuesConfig: {
    invited: { description: "Invited: no password set yet." },
    active: { description: "Can sign in." },
    disabled: { description: "Cannot sign in." },
  },
});

/**
 * A person's sign-in: e-mail and password hash. Its id is the person's id: the same as the
 * household Person record the account was invited as, or a new id for people outside any
 * household (network staff, farmers). Roles are RoleGrant records.
 */
@Entity("account")
@Index(["email"], { unique: true })
@ObjectType({
  description: "A person who can sign in (every user is a person): identity and status; roles are role grants.",
})
export class Account {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the person (UUID): the subject of their access tokens." })
  id: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "E-mail address used to sign in (lower case)." })
  email: string;

  @Column({ type: "varchar", length: 100, default: "" })
  @Field(() => String, { description: "First name." })
  firstName: string;

  @Column({ type: "varchar", length: 100, default: "" })
  @Field(() => String, { description: "Last name." })
  lastName: string;

  /** Argon2id PHC string; null until the person chooses a password. Never exposed. */
  @Column({ type: "varchar", length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: "simple-enum", enum: AccountStatus, default: AccountStatus.invited })
  @Field(() => AccountStatus, { description: "Where the account stands." })
  status: AccountStatus;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "Created from the command line or configuration: may grant any role anywhere." })
  superAdmin: boolean;

  /** Bumped by logout, password reset, role changes: access tokens of an older version are refused (never exposed). */
  @Column({ type: "int", default: 0 })
  tokenVersion: number;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "Last successful sign-in (UTC)." })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the account was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  updatedAt: Date;
}
