import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { FarmVisitStatus, VisitMemberRole } from "../entities/farm-visit.entity";
import { VisitActionStatus, VisitAnswerValue } from "../entities/visit-grid.entity";

@InputType({ description: "Filter for the list of farm visits." })
export class FarmVisitFilter {
  @Field(() => [ID], { nullable: true, description: "Only these visits." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Visits organised by this network." }) networkId?: string;
  @Field(() => ID, { nullable: true, description: "Visits of this farm." }) farmId?: string;
  @Field(() => FarmVisitStatus, { nullable: true, description: "Visits in this status." }) status?: FarmVisitStatus;
  @Field(() => DateScalar, { nullable: true, description: "Planned on or after this date." }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: "Planned on or before this date." }) to?: string;
}

@InputType({ description: "A new farm visit." })
export class PlanVisitInput {
  @Field(() => ID, { description: "The organising network." }) networkId: string;
  @Field(() => ID, { description: "The visited farm." }) farmId: string;
  @Field(() => DateScalar, { description: "Date of the visit." }) plannedOn: string;
}

@InputType({ description: "Changes to a visit (marking it done goes through completeVisit)." })
export class UpdateVisitInput {
  @Field(() => ID, { description: "The visit to change." }) id: string;
  @Field(() => DateScalar, { nullable: true, description: "New date (planned visits only)." }) plannedOn?: string;
  @Field(() => FarmVisitStatus, { nullable: true, description: "planned or cancelled." }) status?: FarmVisitStatus;
  @Field(() => String, { nullable: true, description: "The visit report." }) report?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Date of the report (today when a report is given without it).",
  })
  reportedOn?: string | null;
}

@InputType({ description: "A person joining a visit's team." })
export class VisitMemberInput {
  @Field(() => VisitMemberRole, { description: "farmer, member or network_staff." }) role: VisitMemberRole;
  @Field(() => String, { description: "Name of the person." }) name: string;
  @Field(() => ID, { nullable: true, description: "Id of the person's account, when known." }) personId?: string | null;
}

@InputType({ description: "Filter for the list of evaluation-grid questions." })
export class VisitQuestionFilter {
  @Field(() => ID, { nullable: true, description: "Questions of this network's grid." }) networkId?: string;
  @Field(() => String, { nullable: true, description: "Questions on this charter principle." }) principleCode?: string;
  @Field(() => Boolean, { nullable: true, description: "Only active (true) or withdrawn (false) questions." })
  active?: boolean;
}

@InputType({ description: "A new question of a network's evaluation grid." })
export class CreateVisitQuestionInput {
  @Field(() => ID, { description: "The network whose grid receives the question." }) networkId: string;
  @Field(() => String, { description: "Code of a principle of a charter that applies to the network." })
  principleCode: string;
  @Field(() => String, { description: "The question." }) text: string;
  @Field(() => Int, { nullable: true, description: "Order in the grid (default: last)." }) position?: number;
}

@InputType({ description: "Changes to a grid question." })
export class UpdateVisitQuestionInput {
  @Field(() => ID, { description: "The question to change." }) id: string;
  @Field(() => String, { nullable: true, description: "Code of a charter principle." }) principleCode?: string;
  @Field(() => String, { nullable: true, description: "The question." }) text?: string;
  @Field(() => Int, { nullable: true, description: "Order in the grid." }) position?: number;
  @Field(() => Boolean, { nullable: true, description: "False withdraws the question from the grid." })
  active?: boolean;
}

@InputType({ description: "The answer to one grid question (created or replaced)." })
export class VisitAnswerInput {
  @Field(() => ID, { description: "The question answered." }) questionId: string;
  @Field(() => VisitAnswerValue, { description: "yes, partly, no or not_applicable." }) answer: VisitAnswerValue;
  @Field(() => String, { nullable: true, description: "What the team observed." }) comment?: string;
}

@InputType({ description: "Filter for the list of follow-up actions." })
export class VisitActionFilter {
  @Field(() => ID, { nullable: true, description: "Actions of visits organised by this network." }) networkId?: string;
  @Field(() => ID, { nullable: true, description: "Actions of this farm." }) farmId?: string;
  @Field(() => ID, { nullable: true, description: "Actions of this visit." }) visitId?: string;
  @Field(() => VisitActionStatus, { nullable: true, description: "open or done." }) status?: VisitActionStatus;
  @Field(() => DateScalar, { nullable: true, description: "Due on or before this date." }) dueBy?: string;
}

@InputType({ description: "A new follow-up action, agreed during a visit." })
export class AddVisitActionInput {
  @Field(() => ID, { description: "The visit the action comes from." }) visitId: string;
  @Field(() => String, { description: "What is to be done." }) description: string;
  @Field(() => String, { description: "Who takes it on." }) owner: string;
  @Field(() => DateScalar, { description: "Date by which it should be done (not before the visit)." }) dueOn: string;
}

@InputType({ description: "Changes to a follow-up action." })
export class UpdateVisitActionInput {
  @Field(() => ID, { description: "The action to change." }) id: string;
  @Field(() => String, { nullable: true, description: "What is to be done." }) description?: string;
  @Field(() => String, { nullable: true, description: "Who takes it on." }) owner?: string;
  @Field(() => DateScalar, { nullable: true, description: "Date by which it should be done." }) dueOn?: string;
  @Field(() => VisitActionStatus, { nullable: true, description: "open or done." }) status?: VisitActionStatus;
}

@InputType({ description: "A person joining the team of a visit." })
export class AddVisitMemberInput extends VisitMemberInput {
  @Field(() => ID, { description: "The visit." }) visitId: string;
}

@InputType({ description: "The member to remove from the team of a visit not yet done." })
export class RemoveVisitMemberInput {
  @Field(() => ID, { description: "The team member (as returned by `addVisitMember`)." }) id: string;
}

@InputType({ description: "Answers to questions of the network's grid for a visit." })
export class AnswerVisitQuestionsInput {
  @Field(() => ID, { description: "The visit." }) visitId: string;
  @Field(() => [VisitAnswerInput], { description: "Answers to create or replace, one per question." })
  answers: VisitAnswerInput[];
}

@InputType({ description: "The visit to mark done." })
export class CompleteVisitInput {
  @Field(() => ID, { description: "The visit." }) id: string;
}
