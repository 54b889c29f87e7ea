import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaderFrom } from "@champ-commun/kit";
import DataLoader from "dataloader";
import { Amap } from "../entities/amap.entity";
import { NetworkConsent } from "../entities/network-consent.entity";
import { NetworkConsentService } from "../services/network-consent.service";
import type { NetworkContext } from "../context";

@InputType({ description: "What an AMAP lets its network see beyond anonymous totals." })
export class SetNetworkConsentInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => Boolean, { description: "Its entry in the network's public directory." }) directory: boolean;
  @Field(() => Boolean, { description: "Its partnerships with farms." }) partnerships: boolean;
  @Field(() => Boolean, { description: "Its figures in the network's statistics." }) statistics: boolean;
}

const loaders = new WeakMap<object, DataLoader<string, NetworkConsent>>();
function consentOf(ctx: NetworkContext): DataLoader<string, NetworkConsent> {
  let l = loaders.get(ctx);
  if (!l)
    loaders.set(
      ctx,
      (l = loaderFrom(
        async (ids) => new NetworkConsentService(ctx.ds.manager).current(ids),
        () => null as never,
      )),
    );
  return l;
}

@Resolver(() => Amap)
export class NetworkConsentResolver {
  @FieldResolver(() => NetworkConsent, {
    description:
      "What the AMAP lets its network see beyond anonymous totals (the defaults, undated, until its admins choose).",
  })
  networkConsent(@Root() a: Amap, @Ctx() ctx: NetworkContext) {
    return consentOf(ctx).load(a.id);
  }

  @Mutation(() => NetworkConsent, {
    description:
      "An AMAP's admins choose what the network may see beyond anonymous totals: its directory entry, its partnerships, its statistics; recorded with who and when.",
  })
  setNetworkConsent(
    @Arg("input", () => SetNetworkConsentInput) input: SetNetworkConsentInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkConsentService(ctx.ds.manager).set(input, ctx.identity?.subject ?? null);
  }
}
