import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part ("" when none). */
  html: string;
  headers: Map<string, unknown>;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
  /** Arrival order at this server (0, 1, 2…). */
  seq: number;
}

/**
 * A real SMTP server on an ephemeral port (smtp-server), collecting what the product sends,
 * parsed with mailparser (multipart text + HTML, attachments): set SMTP_URL to `url` before the
 * member subgraph sends mail. `all` keeps every mail in arrival order; `next` takes one out.
 */
export async function startMailbox(): Promise<{
  url: string;
  mails: ReceivedMail[];
  all: ReceivedMail[];
  next: (to: string, timeoutMs?: number) => Promise<ReceivedMail>;
  settle: (quietMs?: number) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const all: ReceivedMail[] = [];
  let seq = 0;
  let last = Date.now();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const n = seq++;
      simpleParser(stream)
        .then((m) => {
          // French typography puts (narrow) no-break spaces before « : » and « € »: tests read them as spaces.
          const spaces = (x: string) => x.replace(/[\u00a0\u202f]/g, " ");
          const mail: ReceivedMail = {
            to,
            subject: spaces(m.subject ?? ""),
            text: spaces(m.text ?? ""),
            html: typeof m.html === "string" ? m.html : "",
            headers: m.headers,
            attachments: m.attachments.map((a) => ({
              filename: a.filename ?? "",
              contentType: a.contentType,
              content: a.content,
            })),
            seq: n,
          };
          mails.push(mail);
          all.push(mail);
          all.sort((a, b) => a.seq - b.seq);
          last = Date.now();
          callback();
        })
        .catch(callback);
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
  /** Waits until no mail has arrived for `quietMs`. */
  const settle = async (quietMs = 600) => {
    last = Math.max(last, Date.now());
    while (Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    all,
    next,
    settle,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the link in a mail (`…?token=…`). */
export function tokenIn(mail: ReceivedMail): string {
  const m = /[?&]token=([A-Za-z0-9_.-]+)/.exec(mail.text);
  if (!m) throw new Error(`no link with a token in: ${mail.text}`);
  return m[1];
}
