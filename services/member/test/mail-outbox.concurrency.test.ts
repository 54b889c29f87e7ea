import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { claimDue, uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl, onMariaDb } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { enqueue } from "../src/notifications/notify";
import { NotificationKind } from "../src/notifications/kinds";
import { OutboxMail } from "../src/notifications/outbox-mail.entity";
import { createMailWorker } from "../src/notifications/mail.worker";
import { startMailbox } from "../../../test/e2e/smtp.helper";

/*
 * Two member subgraph instances on one database (two connections, as two processes would have:
 * MariaDB with DB=mariadb, else one SQLite file in WAL mode) each run a mail worker over the same
 * outbox at the same moment: every row is claimed by one of them only, and each mail reaches the
 * SMTP server exactly once.
 */

let one: DataSource;
let two: DataSource;
let dir: string | null = null;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const saved = process.env.SMTP_URL;

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  let url: string;
  if (onMariaDb) url = await freshTestDbUrl("member", "outbox");
  else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    url = `sqlite:${path.join(dir, "member.sqlite")}`;
  }
  one = await openMemberDb(url);
  two = await openMemberDb(url);
}, 60_000);
afterAll(async () => {
  await one?.destroy();
  await two?.destroy();
  await mailbox?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

/** `n` event notices, one per person, written as a service would (in a transaction). */
async function notices(n: number, tag: string): Promise<string[]> {
  const people = Array.from({ length: n }, (_, i) => ({
    personId: uuidv7(),
    email: `${tag}${i}@example.org`,
    householdId: null,
    name: `Personne ${i}`,
  }));
  await one.transaction((em) =>
    enqueue(
      em,
      {
        kind: NotificationKind.event_registration,
        about: uuidv7(),
        data: {
          eventId: uuidv7(),
          title: "Formation",
          startsAt: "2027-03-01T14:00:00.000Z",
          timeZone: "Europe/Paris",
          location: "",
          videoUrl: "",
          status: "registered",
        },
      },
      people,
    ),
  );
  return people.map((p) => p.email);
}

jest.setTimeout(60_000);

describe("two outbox workers on one database", () => {
  it("never claim the same row, when they claim at the same moment", async () => {
    await notices(45, "claim");
    const now = new Date(Date.now() + 1_000);
    const seen = new Map<string, number>();
    // Each round, six claims on the two connections, started a few event-loop turns apart so their
    // reads and conditional updates interleave every which way.
    const later = async (turns: number) => {
      for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
    };
    for (let round = 0; round < 20; round++) {
      const claims = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((k) =>
          later(k >> 1).then(() => claimDue(k % 2 ? one : two, OutboxMail, now, { batch: 4 })),
        ),
      );
      for (const row of claims.flat()) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
      if (claims.every((c) => !c.length)) break;
    }
    expect(seen.size).toBe(45);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // Leased rows are not given again while their lease runs.
    expect(await claimDue(two, OutboxMail, now, { batch: 100 })).toEqual([]);
    // Put the claimed rows out of the way of the next test.
    await one.getRepository(OutboxMail).update({ kind: NotificationKind.event_registration }, { status: "skipped" });
  });

  it("send each mail exactly once through SMTP, both woken by the same commit", async () => {
    const headers = async () => ({});
    const workers = [
      createMailWorker(one, headers, { batch: 7, pollMs: 200 }).start(),
      createMailWorker(two, headers, { batch: 7, pollMs: 200 }).start(),
    ];
    const emails = await notices(60, "mail");
    const outbox = two.getRepository(OutboxMail);
    for (let t0 = Date.now(); (await outbox.count({ where: { status: "pending" } })) > 0;) {
      if (Date.now() - t0 > 45_000) throw new Error("the outbox was not emptied in 45 s");
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(workers.map((w) => w.stop()));
    await mailbox.settle();
    const received = mailbox.all.flatMap((m) => m.to);
    expect(received.sort()).toEqual([...emails].sort());
    expect(new Set(received).size).toBe(60);
    const rows = await two.getRepository(OutboxMail).find({ where: { status: "sent" } });
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.attempts === 1 && r.leaseOwner === null)).toBe(true);
  });
});
