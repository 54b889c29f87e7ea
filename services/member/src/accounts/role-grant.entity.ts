import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** The roles of domain.md's "who may do what", each on its kind of scope. */
export enum RoleName {
  network_admin = "network_admin",
  amap_admin = "amap_admin",
  referent = "referent",
  farmer = "farmer",
  member = "member",
}
registerEnumType(RoleName, {
  name: "RoleName",
  description:
    "network_admin (scope: a network and its sub-networks), amap_admin (an AMAP), referent (a contract template), farmer (a farm), member (a household).",
  valuesConfig: {
    network_admin: { description: "Administers a network and its sub-networks." },
    amap_admin: { description: "Administers an AMAP (its bureau)." },
    referent: { description: "Référent of a contract template: manages its subscriptions and deliveries." },
    farmer: { description: "Farmer: manages a farm's profile and products, reads its contracts." },
    member: { description: "Member of a household." },
  },
});

/** Whether a grant is held, or awaits the acceptance of the AMAP whose members' data it would read. */
export enum RoleGrantStatus {
  active = "active",
  pending = "pending",
}
registerEnumType(RoleGrantStatus, {
  name: "RoleGrantStatus",
  description: "active (held), or pending: proposed by a network admin, waiting for the AMAP's admins to accept it.",
  valuesConfig: {
    active: { description: "Held." },
    pending: { description: "Proposed by a network admin, waiting for the AMAP's admins to accept it." },
  },
});

/** A role held by a person on one scope; revoked grants are kept (with who revoked them) for the record. */
@Entity("role_grant")
@Index(["personId", "revokedAt"])
@Index(["scopeId"])
@Index(["amapId", "grantedAt"])
@ObjectType({ description: "A role a person holds on a scope (network, AMAP, contract template, farm or household)." })
export class RoleGrant {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the grant (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The person (account id) who holds the role." })
  personId: string;

  @Column({ type: "simple-enum", enum: RoleName })
  @Field(() => RoleName, { description: "The role." })
  role: RoleName;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The network, AMAP, contract template, farm or household it applies to." })
  scopeId: string;

  /**
   * The AMAP the scope lies in (AMAP, template, household), or the AMAP a farmer's grant reaches
   * into (its members' contracts with the farm): who may list, accept and audit the grant. Null
   * for network roles and a farmer's role over the farm itself.
   */
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description:
      "The AMAP the scope belongs to, or whose members' contracts a farmer reads; null for network roles and a farmer's role over the farm itself.",
  })
  amapId: string | null;

  @Column({ type: "simple-enum", enum: RoleGrantStatus, default: RoleGrantStatus.active })
  @Field(() => RoleGrantStatus, { description: "Active, or pending until the AMAP's admins accept it." })
  status: RoleGrantStatus;

  @Column({ type: "varchar", length: 80 })
  @Field(() => String, { description: "Who granted it (person id, or `system`)." })
  grantedBy: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it was granted (UTC)." })
  grantedAt: Date;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The AMAP admin who accepted a grant proposed by a network admin.",
  })
  acceptedBy: string | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it was accepted (UTC)." })
  acceptedAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it was revoked (UTC); null while active." })
  revokedAt: Date | null;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, { nullable: true, description: "Who revoked it." })
  revokedBy: string | null;
}
