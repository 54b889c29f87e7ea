import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf, todayIn } from "@champ-commun/kit";
import { ContractTemplate } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { Distribution } from "../entities/distribution.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import { MembershipPeriod } from "../entities/membership-period.entity";
import { ContractTemplateTerms } from "../entities/contract-template-terms.type";
import { Amap, Farm } from "../entities/references";
import {
  ArchiveContractTemplateInput,
  CloseContractTemplateInput,
  ContractTemplateFilter,
  CreateContractTemplateInput,
  FinishTemplateSeasonInput,
  OpenContractTemplateInput,
  SetTemplateAvailabilityInput,
  StartTemplateSeasonInput,
  UpdateContractTemplateInput,
} from "../inputs/contract-template.input";
import { ContractTemplateService } from "../services/contract-template.service";
import { TemplateStatusService } from "../services/template-status.service";
import { TemplateAvailabilityService } from "../services/template-availability.service";
import { acceptsSubscriptions, ContractTemplateTermsService } from "../services/contract-template-terms.service";
import { TemplateRenewalService } from "../services/template-renewal.service";
import { RenewContractTemplateInput } from "../inputs/renewal.input";
import { TermsDelivery } from "../entities/contract-template-terms.type";
import { toDeliveries } from "../services/deliveries";
import { networkDirectory } from "../services/network-directory";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of contract templates." })
export class ContractTemplatePage extends PageOf(ContractTemplate) {}

const templates = (ctx: AmapContext) =>
  new ContractTemplateService(ctx.ds.manager, networkDirectory(ctx.forwardHeaders));

@Resolver(() => ContractTemplate)
export class ContractTemplateResolver {
  @Query(() => ContractTemplate, { nullable: true, description: "One contract template, or null." })
  contractTemplate(
    @Arg("id", () => ID, { description: "Id of the contract template." }) id: string,
    @Ctx() ctx: AmapContext,
  ) {
    return ctx.loaders.contractTemplate.load(id);
  }

  @Query(() => ContractTemplatePage, {
    description: "Contract templates, filtered and paginated (latest season first by default).",
  })
  contractTemplates(
    @Arg("filter", () => ContractTemplateFilter, {
      nullable: true,
      description: "Which contract templates to list (omit for all the caller may see).",
    })
    filter: ContractTemplateFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return templates(ctx).list(filter, page);
  }

  @Query(() => ContractTemplateTerms, {
    nullable: true,
    description: "The terms of a contract template in one read (for the member subgraph), or null.",
  })
  contractTemplateTerms(
    @Arg("id", () => ID, { description: "Id of the contract template whose terms are read." }) id: string,
    @Ctx() ctx: AmapContext,
  ) {
    return new ContractTemplateTermsService(ctx.ds.manager, new Date(), ctx.zones).get(id);
  }

  @Mutation(() => ContractTemplate, {
    description: "Creates a draft contract template with its lines and delivery dates.",
  })
  createContractTemplate(
    @Arg("input", () => CreateContractTemplateInput) input: CreateContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return templates(ctx).create(input);
  }

  @Mutation(() => ContractTemplate, {
    description: "Changes a contract template; lines, dates and kind only while draft.",
  })
  updateContractTemplate(
    @Arg("input", () => UpdateContractTemplateInput, { description: "The template and the fields to change." })
    input: UpdateContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return templates(ctx).update(input.id, input);
  }

  @Mutation(() => ContractTemplate, { description: "Opens a draft template to subscriptions." })
  openContractTemplate(
    @Arg("input", () => OpenContractTemplateInput, { description: "The contract template." })
    { id }: OpenContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateStatusService(ctx.ds.manager, new Date(), ctx.zones).open(id);
  }

  @Mutation(() => ContractTemplate, {
    description: "Closes subscriptions of an open template (the farmer countersigns next).",
  })
  closeContractTemplate(
    @Arg("input", () => CloseContractTemplateInput, { description: "The contract template." })
    { id }: CloseContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateStatusService(ctx.ds.manager).close(id);
  }

  @Mutation(() => ContractTemplate, {
    description:
      "Starts the season of a closed template (running); the calendar does it by itself on the first delivery date.",
  })
  startTemplateSeason(
    @Arg("input", () => StartTemplateSeasonInput, { description: "The contract template." })
    { id }: StartTemplateSeasonInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateStatusService(ctx.ds.manager).start(id);
  }

  @Mutation(() => ContractTemplate, {
    description: "Finishes the season of a running template, once its last delivery has come.",
  })
  finishTemplateSeason(
    @Arg("input", () => FinishTemplateSeasonInput, { description: "The contract template." })
    { id }: FinishTemplateSeasonInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateStatusService(ctx.ds.manager, new Date(), ctx.zones).finish(id);
  }

  @Mutation(() => ContractTemplate, { description: "Archives a finished template (read-only from then on)." })
  archiveContractTemplate(
    @Arg("input", () => ArchiveContractTemplateInput, { description: "The contract template." })
    { id }: ArchiveContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateStatusService(ctx.ds.manager).archive(id);
  }

  @Mutation(() => ContractTemplate, {
    description:
      "Renews a template for the next season: a new draft with the same lines, policies and payment terms, new dates and prices, recording `renewedFromId`.",
  })
  renewContractTemplate(
    @Arg("input", () => RenewContractTemplateInput, {
      description: "The template to renew, its new season, dates and prices.",
    })
    input: RenewContractTemplateInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateRenewalService(ctx.ds.manager).renew(input.id, input);
  }

  @Mutation(() => [LineAvailability], {
    description:
      "Turns product × date cells of a draft template on or off; returns every cell the template now offers.",
  })
  setTemplateAvailability(
    @Arg("input", () => SetTemplateAvailabilityInput, { description: "The template and the cells to change." })
    { templateId, cells }: SetTemplateAvailabilityInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new TemplateAvailabilityService(ctx.ds.manager).set(templateId, cells);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() t: ContractTemplate): Amap {
    return { id: t.amapId };
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The farm (network subgraph)." })
  farm(@Root() t: ContractTemplate): Farm {
    return { id: t.farmId };
  }

  @FieldResolver(() => [TemplateLine], { description: "Product lines, in order." })
  lines(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return ctx.loaders.linesByTemplate.load(t.id);
  }

  @FieldResolver(() => [Distribution], { description: "Delivery dates, sorted by date." })
  async distributions(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    const links = await ctx.loaders.templateLinksByTemplate.load(t.id);
    const found = await ctx.loaders.distribution.loadMany(links.map((l) => l.distributionId));
    return found
      .filter((d): d is Distribution => d instanceof Distribution)
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  @FieldResolver(() => [TermsDelivery], {
    description:
      "Delivery dates as they stand (moves and cancellations applied, deadlines computed), by effective date.",
  })
  async deliveries(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return toDeliveries(await this.distributions(t, ctx), t, await ctx.zones.of(t.amapId));
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the template takes subscriptions now: open, and today (AMAP's time zone) within the subscription window.",
  })
  async acceptsSubscriptions(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return acceptsSubscriptions(t, todayIn(await ctx.zones.of(t.amapId)));
  }

  @FieldResolver(() => ContractTemplate, {
    nullable: true,
    description: "The template of the previous season this one was renewed from.",
  })
  renewedFrom(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return t.renewedFromId ? ctx.loaders.contractTemplate.load(t.renewedFromId) : null;
  }

  @FieldResolver(() => [LineAvailability], { description: "Product × date cells offered." })
  availability(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return ctx.loaders.availabilityByTemplate.load(t.id);
  }

  @FieldResolver(() => MembershipPeriod, { nullable: true, description: "Membership period required of subscribers." })
  membershipPeriod(@Root() t: ContractTemplate, @Ctx() ctx: AmapContext) {
    return t.membershipPeriodId ? ctx.loaders.membershipPeriod.load(t.membershipPeriodId) : null;
  }
}
