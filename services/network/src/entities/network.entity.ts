import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType, Int } from "type-graphql";

export enum NetworkLevel {
  national = "national",
  regional = "regional",
  departmental = "departmental",
  local = "local",
}
registerEnumType(NetworkLevel, {
  name: "NetworkLevel",
  description: "Territorial level of a network (MIRAMAP is national).",
  valuesConfig: {
    national: { description: "National network (MIRAMAP)." },
    regional: { description: "Regional network." },
    departmental: { description: "Departmental network." },
    local: { description: "Local network (a town, a pays)." },
  },
});

/** Réseau d'AMAP: a regional, departmental or national association of AMAPs; networks nest through `parent`. */
@Entity("network")
@ObjectType({ description: "A network of AMAPs (réseau d'AMAP); networks nest through `parent`." })
@Directive('@key(fields: "id")')
export class Network {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network (UUID)." })
  id: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the parent network, if any." })
  parentId: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the network." })
  name: string;

  @Column({ type: "varchar", length: 40, default: "" })
  @Field(() => String, { description: "Short name or acronym." })
  shortName: string;

  @Column({ type: "simple-enum", enum: NetworkLevel, default: NetworkLevel.regional })
  @Field(() => NetworkLevel, { description: "Territorial level." })
  level: NetworkLevel;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, { description: "Contact e-mail of the network." })
  email: string;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Website." })
  website: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was last changed (UTC)." })
  updatedAt: Date;
}
