import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, PageArgs, PageOf } from "@champ-commun/kit";
import { Installment } from "../entities/installment.entity";
import { Handover } from "../entities/handover.entity";
import { FarmBalance } from "../entities/balance.types";
import {
  CorrectInstallmentInput,
  HandOverInstallmentsInput,
  MarkInstallmentsReceivedInput,
} from "../inputs/payment.input";
import { PaymentService } from "../services/payment.service";
import { BalanceService } from "../services/balance.service";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of handovers." })
export class HandoverPage extends PageOf(Handover) {}

const payments = (ctx: MemberContext) => new PaymentService(ctx.ds.manager, ruleOpts(ctx).actorId, ctx.amap);

@Resolver(() => Installment)
export class PaymentResolver {
  @Mutation(() => [Installment], {
    description:
      "Records payments as received: cheques become `received` (number, bank and issuer required, in `details` or already recorded); transfers, cash and membership fees become `paid`. All or nothing.",
  })
  markInstallmentsReceived(
    @Arg("input", () => MarkInstallmentsReceivedInput, {
      description: "The installments received, with the details of their cheques.",
    })
    input: MarkInstallmentsReceivedInput,
    @Ctx() ctx: MemberContext,
  ) {
    return payments(ctx).markReceived(input.ids, input.details ?? [], input.receivedOn);
  }

  @Mutation(() => Handover, {
    description:
      "Hands a farm the cheques the AMAP received for it, as one batch (remise): the given ones, or every received one.",
  })
  handOverInstallments(
    @Arg("input", () => HandOverInstallmentsInput, {
      description: "The AMAP, the farm, the date and possibly the installments handed over.",
    })
    input: HandOverInstallmentsInput,
    @Ctx() ctx: MemberContext,
  ) {
    return payments(ctx).handOver(input.amapId, input.farmId, input.date, input.ids);
  }

  @Mutation(() => Installment, {
    description:
      "Corrects a payment by a new record that replaces it (the original is kept unchanged): returns the correcting record.",
  })
  correctInstallment(
    @Arg("input", () => CorrectInstallmentInput, { description: "The installment and its correction." })
    input: CorrectInstallmentInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...correction } = input;
    return payments(ctx).correct(id, correction);
  }

  @Query(() => Handover, { nullable: true, description: "One handover batch, or null." })
  handover(@Arg("id", () => ID, { description: "Id of the handover." }) id: string, @Ctx() ctx: MemberContext) {
    return ctx.loaders.handover.load(id);
  }

  @Query(() => HandoverPage, {
    description:
      "The handovers of an AMAP to a farm, paginated: latest first (by date handed over, then id), or sorted by `handedOverOn` or `totalCents`.",
  })
  handovers(
    @Arg("amapId", () => ID, { description: "The AMAP handing the payments over." }) amapId: string,
    @Arg("farmId", () => ID, { description: "The farm receiving the payments." }) farmId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return findPage(ctx.ds.getRepository(Handover), { amapId, farmId }, page, ["handedOverOn", "totalCents"], {
      handedOverOn: "DESC",
      id: "DESC",
    });
  }

  @Query(() => FarmBalance, { description: "Where the payments of an AMAP's subscriptions to a farm stand." })
  farmBalance(
    @Arg("amapId", () => ID, { description: "The AMAP whose members' payments are summed." }) amapId: string,
    @Arg("farmId", () => ID, { description: "The farm." }) farmId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return new BalanceService(ctx.ds.manager).forFarm(amapId, farmId);
  }
}

@Resolver(() => Installment)
export class InstallmentPaymentFieldsResolver {
  @FieldResolver(() => Installment, {
    nullable: true,
    description: "The record that corrected (replaced) this one, if any.",
  })
  correctedBy(@Root() i: Installment, @Ctx() ctx: MemberContext) {
    return ctx.loaders.correctionOf.load(i.id);
  }

  @FieldResolver(() => Installment, {
    nullable: true,
    description: "The record this one corrects, for a correcting record.",
  })
  corrects(@Root() i: Installment, @Ctx() ctx: MemberContext) {
    return i.correctsId ? ctx.loaders.installment.load(i.correctsId) : null;
  }

  @FieldResolver(() => Handover, { nullable: true, description: "The handover batch it went in, if handed over." })
  handover(@Root() i: Installment, @Ctx() ctx: MemberContext) {
    return i.handoverId ? ctx.loaders.handover.load(i.handoverId) : null;
  }
}

@Resolver(() => Handover)
export class HandoverResolver {
  @FieldResolver(() => [Installment], { description: "The payments handed over, by due date." })
  installments(@Root() h: Handover, @Ctx() ctx: MemberContext) {
    return ctx.loaders.installmentsByHandover.load(h.id);
  }

  @FieldResolver(() => [ID], { description: "Ids of the payments handed over." })
  async installmentIds(@Root() h: Handover, @Ctx() ctx: MemberContext) {
    return (await ctx.loaders.installmentsByHandover.load(h.id)).map((i) => i.id);
  }
}
