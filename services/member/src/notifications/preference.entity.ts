import { Column, Entity, PrimaryColumn } from "typeorm";

/** A person's choices about mails: their language and the kinds they turned off (none by default). */
@Entity("notification_preference")
export class NotificationPreference {
  /** The person (household person or account: same id). */
  @PrimaryColumn({ type: "varchar", length: 36 })
  personId: string;

  @Column({ type: "varchar", length: 2, default: "fr" })
  lang: string;

  @Column({ type: "simple-json" })
  disabledKinds: string[];

  @Column({ type: "datetime" })
  updatedAt: Date;
}
