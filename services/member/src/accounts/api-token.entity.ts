import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum ApiScopeType {
  network = "network",
  amap = "amap",
}
registerEnumType(ApiScopeType, {
  name: "ApiScopeType",
  description: "What a partner API token is scoped to: a network (and its sub-networks) or an AMAP.",
  valuesConfig: {
    network: { description: "A network and its sub-networks." },
    amap: { description: "One AMAP." },
  },
});

/**
 * A partner tool's API token (an AMAP's website, a network's map). Shown once at creation; only
 * its SHA-256 is stored. The gateway exchanges it for a short-lived access token of kind "partner".
 */
@Entity("api_token")
@Index(["tokenHash"], { unique: true })
@Index(["scopeId"])
@ObjectType({
  description: "A partner tool's API token: scoped to a network or an AMAP, read-only unless granted more, revocable.",
})
export class ApiToken {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the token (UUID); the token's secret is never shown again." })
  id: string;

  @Column({ type: "varchar", length: 120 })
  @Field(() => String, { description: "What the token is for (e.g. « Carte du site du réseau »)." })
  name: string;

  @Column({ type: "simple-enum", enum: ApiScopeType })
  @Field(() => ApiScopeType, { description: "Kind of scope." })
  scopeType: ApiScopeType;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The network or AMAP the token is scoped to." })
  scopeId: string;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "True (the default): the token may only read." })
  readOnly: boolean;

  /** First characters of the token, so that an admin recognises it in a list. */
  @Column({ type: "varchar", length: 16 })
  @Field(() => String, { description: "Beginning of the token, to recognise it." })
  prefix: string;

  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Column({ type: "varchar", length: 80 })
  @Field(() => String, { description: "Who created it (person id)." })
  createdBy: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it was created (UTC)." })
  createdAt: Date;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it was revoked (UTC); null while usable." })
  revokedAt: Date | null;
}
