import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum VisitAnswerValue {
  yes = "yes",
  partly = "partly",
  no = "no",
  not_applicable = "not_applicable",
}
registerEnumType(VisitAnswerValue, {
  name: "VisitAnswerValue",
  description: "Answer to a question of the evaluation grid.",
  valuesConfig: {
    yes: { description: "Yes." },
    partly: { description: "Partly." },
    no: { description: "No." },
    not_applicable: { description: "Does not apply to this farm." },
  },
});

export enum VisitActionStatus {
  open = "open",
  done = "done",
}
registerEnumType(VisitActionStatus, {
  name: "VisitActionStatus",
  description: "Whether a follow-up action is still to do.",
  valuesConfig: {
    open: { description: "Still to do." },
    done: { description: "Done." },
  },
});

/** A question of a network's SPG evaluation grid, attached to one charter principle. */
@Entity("visit_question")
@Index(["networkId", "position"])
@ObjectType({ description: "A question of a network's evaluation grid for farm visits, tied to a charter principle." })
export class VisitQuestion {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network whose grid holds the question." })
  networkId: string;

  @Column({ type: "varchar", length: 60 })
  @Field(() => String, { description: "Code of the charter principle the question evaluates." })
  principleCode: string;

  @Column({ type: "varchar", length: 500 })
  @Field(() => String, { description: "The question, as asked during the visit." })
  text: string;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Order of the question in the grid." })
  position: number;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "False once withdrawn from the grid (past answers are kept)." })
  active: boolean;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;
}

/** The team's answer to one grid question during one visit. */
@Entity("visit_answer")
@Index(["networkId", "visitId"])
@Index(["visitId", "questionId"], { unique: true })
@ObjectType({ description: "The answer given during a visit to one question of the grid." })
export class VisitAnswer {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network organising the visit." })
  networkId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the visit." })
  visitId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the question answered." })
  questionId: string;

  @Column({ type: "simple-enum", enum: VisitAnswerValue })
  @Field(() => VisitAnswerValue, { description: "Yes, partly, no or not applicable." })
  answer: VisitAnswerValue;

  @Column({ type: "varchar", length: 2000, default: "" })
  @Field(() => String, { description: "What the team observed." })
  comment: string;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the answer was last changed (UTC)." })
  updatedAt: Date;
}

/** A follow-up action agreed during a visit (who does what, by when). */
@Entity("visit_action")
@Index(["networkId", "dueOn"])
@ObjectType({ description: "A follow-up action agreed during a farm visit." })
export class VisitAction {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network organising the visit." })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the visit the action comes from." })
  visitId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the visited farm." })
  farmId: string;

  @Column({ type: "varchar", length: 1000 })
  @Field(() => String, { description: "What is to be done." })
  description: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Who takes it on (a name, the farm, the network…)." })
  owner: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date by which it should be done." })
  dueOn: string;

  @Column({ type: "simple-enum", enum: VisitActionStatus, default: VisitActionStatus.open })
  @Field(() => VisitActionStatus, { description: "Open or done." })
  status: VisitActionStatus;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date it was marked done." })
  doneOn: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;
}
