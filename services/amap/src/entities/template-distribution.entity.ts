import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A delivery date of a contract template: one of the AMAP's distributions. */
@Entity("template_distribution")
@Index(["amapId", "templateId"])
@Index(["templateId", "distributionId"], { unique: true })
@Index(["distributionId"])
export class TemplateDistribution {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  templateId: string;

  @Column({ type: "varchar", length: 36 })
  distributionId: string;
}
