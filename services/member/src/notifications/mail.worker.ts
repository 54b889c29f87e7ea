import type { DataSource } from "typeorm";
import { OutboxWorker, queuedWrite, type OutboxOptions } from "@champ-commun/kit";
import { sendMail } from "../accounts/mailer";
import { contractFacts, renderContractPdf } from "../documents/contract.pdf";
import { partiesOf } from "../documents/parties.client";
import { OutboxMail } from "./outbox-mail.entity";
import { NotificationKind } from "./kinds";
import { PreferenceService } from "./preference.service";
import { TEMPLATES, render } from "./templates";
import { preferencesUrl, spaceUrl, unsubscribeUrl } from "./links";
import { onMailEnqueued } from "./notify";

/**
 * Sends the mail outbox through SMTP: composes each notice in the person's language from its
 * template (plain text and HTML, an unsubscribe link and List-Unsubscribe headers), attaches the
 * contract PDF where the notice is a confirmation, and skips kinds the person turned off.
 * A failure (SMTP or a subgraph down) is retried with exponential backoff (kit outbox.ts).
 */
export function createMailWorker(
  ds: DataSource,
  systemHeaders: () => Promise<Record<string, string>>,
  opts: OutboxOptions & { now?: () => Date } = {},
) {
  const deliver = async (row: OutboxMail): Promise<"sent" | { skipped: string }> => {
    const prefs = await new PreferenceService(ds.manager).get(row.personId);
    if (prefs.disabledKinds.includes(row.kind as NotificationKind)) return { skipped: "turned off by the person" };
    const template = TEMPLATES[row.kind as NotificationKind];
    if (!template) return { skipped: `unknown kind ${row.kind}` };
    const unsubscribe = await unsubscribeUrl(row.personId, row.kind);
    const mail = render(template(row.data, prefs.lang, { space: spaceUrl() }), prefs.lang, {
      unsubscribe,
      preferences: await preferencesUrl(ds.manager, row.personId),
    });
    const attachments = [];
    if (
      (row.kind as NotificationKind) === NotificationKind.subscription_confirmed &&
      typeof row.data.subscriptionId === "string"
    ) {
      const facts = await contractFacts(ds.manager, row.data.subscriptionId);
      if (!facts) return { skipped: "subscription gone" };
      const pdf = await renderContractPdf(
        facts,
        await partiesOf(facts.sub.amapId, facts.sub.farmId, await systemHeaders()),
        prefs.lang,
      );
      attachments.push({
        filename: `contrat-${slug(facts.sub.templateName)}.pdf`,
        content: pdf,
        contentType: "application/pdf",
      });
    }
    await queuedWrite(ds, () =>
      ds.getRepository(OutboxMail).update({ id: row.id }, { subject: mail.subject.slice(0, 300) }),
    );
    await sendMail({
      to: row.toAddress,
      ...mail,
      attachments,
      // RFC 8058: mail clients show their own one-click "unsubscribe" (a POST to the same link).
      headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    return "sent";
  };
  const worker = new OutboxWorker<OutboxMail>(ds, OutboxMail, deliver, { name: "mail", ...opts });
  const unregister = onMailEnqueued(() => worker.wake());
  const handle = {
    worker,
    start: () => {
      worker.start();
      return handle;
    },
    runOnce: () => worker.runOnce(),
    stop: async () => {
      unregister();
      await worker.stop();
    },
  };
  return handle;
}

export const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "contrat";
