import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Quoted-printable (what nodemailer uses for French text): soft line breaks, then =XX bytes. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function parse(raw: string, to: string[]): ReceivedMail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const subjectLine = /^Subject: (.*)$/im.exec(headers)?.[1] ?? "";
  // Encoded words (=?UTF-8?Q?…?=) in the subject: enough to read it back in tests.
  const subject = subjectLine.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) => decodeQuotedPrintable(q.replace(/_/g, " "))).replace(/\?=\s+=\?UTF-8\?Q\?/gi, "");
  const body = rest.join("\n\n");
  const qp = /Content-Transfer-Encoding: quoted-printable/i.test(headers);
  const b64 = /Content-Transfer-Encoding: base64/i.test(headers);
  const text = qp ? decodeQuotedPrintable(body) : b64 ? Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8") : body;
  return { to, subject, text };
}

/**
 * A real SMTP server on an ephemeral port (smtp-server), collecting what the product sends:
 * set SMTP_URL to `url` before the member subgraph sends mail.
 */
export async function startMailbox(): Promise<{ url: string; mails: ReceivedMail[]; next: (to: string, timeoutMs?: number) => Promise<ReceivedMail>; stop: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push(parse(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  const next = async (to: string, timeoutMs = 5_000) => {
    const t0 = Date.now();
    for (;;) {
      const i = mails.findIndex((m) => m.to.includes(to));
      if (i >= 0) return mails.splice(i, 1)[0];
      if (Date.now() - t0 > timeoutMs) throw new Error(`no mail for ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { url: `smtp://127.0.0.1:${port}`, mails, next, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The token of the link in a mail (`…?token=…`). */
export function tokenIn(mail: ReceivedMail): string {
  const m = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!m) throw new Error(`no link with a token in: ${mail.text}`);
  return m[1];
}
