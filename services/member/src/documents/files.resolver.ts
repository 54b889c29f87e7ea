import { Arg, Ctx, Directive, Field, ObjectType, Query, Resolver } from "type-graphql";
import { contractFacts, renderContractPdf } from "./contract.pdf";
import { partiesOf } from "./parties.client";
import { EventService } from "../events/event.service";
import { slug } from "../notifications/mail.worker";
import { calendarFile } from "../calendar/calendar.service";
import type { MemberContext } from "../context";

@ObjectType({ description: "A file the gateway serves over HTTP (internal)." })
@Directive("@inaccessible")
export class MemberFile {
  @Field(() => String, { description: "Name to save it as." }) filename: string;
  @Field(() => String, { description: "MIME type." }) contentType: string;
  @Field(() => String, { description: "Contents, base64." }) base64: string;
}

export const FILE_PATHS = {
  contract: /^\/files\/subscriptions\/([0-9a-f-]{36})\/contract\.pdf$/,
  participants: /^\/files\/events\/([0-9a-f-]{36})\/participants\.csv$/,
  calendar: /^\/calendar\/([A-Za-z0-9_-]+)\.ics$/,
};

const file = (filename: string, contentType: string, body: Buffer | string): MemberFile => ({
  filename,
  contentType,
  base64: Buffer.from(body).toString("base64"),
});

/** Files of the member subgraph served by the gateway: who may read each is decided in living.policy.ts. */
@Resolver()
export class MemberFileResolver {
  @Query(() => MemberFile, {
    nullable: true,
    description: "A file by its public path (internal: the gateway's file routes).",
  })
  @Directive("@inaccessible")
  async memberFile(@Arg("path", () => String) path: string, @Ctx() ctx: MemberContext): Promise<MemberFile | null> {
    let m = FILE_PATHS.contract.exec(path);
    if (m) {
      const facts = await contractFacts(ctx.ds.manager, m[1]);
      if (!facts) return null;
      const pdf = await renderContractPdf(
        facts,
        await partiesOf(facts.sub.amapId, facts.sub.farmId, await ctx.accounts.systemHeaders()),
        ctx.lang,
      );
      return file(
        `contrat-${slug(facts.sub.templateName)}-${slug(facts.household.displayName)}.pdf`,
        "application/pdf",
        pdf,
      );
    }
    m = FILE_PATHS.participants.exec(path);
    if (m) {
      const event = await new EventService(ctx.ds.manager).get(m[1]);
      return file(
        `participants-${slug(event.title)}.csv`,
        "text/csv; charset=utf-8",
        await new EventService(ctx.ds.manager).participantsCsv(m[1]),
      );
    }
    return null;
  }

  @Query(() => MemberFile, {
    nullable: true,
    description:
      "An agenda by its secret path (internal: the gateway's /calendar route; the secret is the credential).",
  })
  @Directive("@inaccessible")
  async memberCalendarFile(
    @Arg("path", () => String) path: string,
    @Ctx() ctx: MemberContext,
  ): Promise<MemberFile | null> {
    const m = FILE_PATHS.calendar.exec(path);
    // Asked as this subgraph: a calendar app sends no token, the secret URL stands for the person.
    const feed = m ? await calendarFile(ctx.ds.manager, m[1], () => ctx.accounts.systemHeaders()) : null;
    return feed ? file(feed.filename, "text/calendar; charset=utf-8", feed.body) : null;
  }
}
